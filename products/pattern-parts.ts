import type { Component, Probe, Product } from '../generator/pattern/pattern.types.ts';
import type { HealthCheck, ProductContract } from './contract.ts';

/** The pattern's `product` block, read from the contract. */
export function productOf(contract: ProductContract): Product {
  const db = contract.databases;
  return {
    name: contract.name,
    displayName: contract.displayName,
    version: contract.version,
    home: contract.home.value,
    stopScript: contract.stopScript.value,
    configFormat: contract.configFormat,
    runAsUser: contract.runAsUser.value,
    image: {
      registry: contract.image.registry,
      repository: contract.image.repository,
      tag: contract.image.tag,
      published: contract.image.published.value,
    },
    imageInterface: { ...contract.image.interface.value },
    ...(db
      ? {
          databases: db.keys,
          databaseSupport: {
            engines: db.engines.value,
            scripts: Object.fromEntries(Object.entries(db.scripts.value).map(([engine, byKey]) => [engine, Object.fromEntries(Object.entries(byKey).map(([k, v]) => [k, [...v]]))])),
            driverDir: db.driverDir.value,
            evaluation: db.evaluation.value,
          },
        }
      : {}),
    clustering: {
      schemeJarShipped: contract.clustering.schemeJarShipped.value,
      schemeJarDir: contract.clustering.schemeJarDir.value,
      memberPort: contract.clustering.memberPort.value,
      env: contract.clustering.env.value,
      supportsDns: contract.clustering.supportsDns.value,
      oneCluster: contract.configFormat === 'carbon-xml',
    },
    keystore: contract.keystore.value,
    ...(contract.encryptionKey ? { encryptionKey: contract.encryptionKey.value } : {}),
  };
}

const timing = {
  startup: { periodSeconds: 10, failureThreshold: 30 },
  liveness: { periodSeconds: 10, failureThreshold: 3 },
  readiness: { periodSeconds: 10, failureThreshold: 3 },
} as const;

function probe(check: HealthCheck, kind: keyof typeof timing): Probe {
  return { check: { ...check }, ...timing[kind] };
}

/** What a component takes from its role: the role key, profile, ports, probes and own image. */
export function roleParts(contract: ProductContract, role: string): Pick<Component, 'role' | 'profile' | 'ports' | 'probes' | 'image'> {
  const r = contract.roles[role];
  if (!r) throw new Error(`${contract.name} ${contract.version} has no role "${role}"; roles: ${Object.keys(contract.roles).join(', ')}`);
  return {
    role,
    profile: { name: r.profile.value },
    ports: r.ports.value.map((p) => ({ ...p })) as Component['ports'],
    probes: { startup: probe(r.startup.value, 'startup'), liveness: probe(r.liveness.value, 'liveness'), readiness: probe(r.readiness.value, 'readiness') },
    // A role image other than the chart's own (the chart-level image is the first role's).
    ...(r.imageRepository && r.imageRepository.value !== contract.image.repository ? { image: { repository: r.imageRepository.value } } : {}),
  };
}
