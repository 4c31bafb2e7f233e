/** `gatewayWorker` → `gateway-worker`: the form used in resource names and labels (Sprig's kebabcase agrees). */
export function kebabCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
