/** The README lines that tell an API Manager user which of the API-M charts fits. */
export const apimWhichChart =
  'To try API Manager 4.7 or run a small install: `apim-all-in-one` (one pod). For 4.7 in production, gateways scaled apart from the control plane: `apim-distributed`. ' +
  'For the whitepaper\'s reference architecture, every 3.2 profile in its own pods: `apim` (3.2, the last version whose portals and key manager run as separate profiles).';
