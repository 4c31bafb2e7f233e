import type { Component, Probe, Product } from '../generator/pattern/pattern.types.ts';
import type { HealthCheck, ImageInterface, ProductContract, RoleContract } from './contract.ts';

/**
 * The image, home and interface a chart runs by default: the contract's, or those of a
 * role with a distribution of its own (the 4.x distributed charts default to the control
 * plane image; every other role names its own).
 */
function distributionOf(contract: ProductContract, primaryRole?: string): { repository: string; home: string; stopScript: string; imageInterface: ImageInterface } {
  const role = primaryRole === undefined ? undefined : roleOf(contract, primaryRole);
  return {
    repository: role?.imageRepository?.value ?? contract.image.repository,
    home: role?.home?.value ?? contract.home.value,
    stopScript: role?.stopScript?.value ?? contract.stopScript.value,
    imageInterface: { ...(role?.imageInterface?.value ?? contract.image.interface.value) },
  };
}

function roleOf(contract: ProductContract, role: string): RoleContract {
  const r = contract.roles[role];
  if (!r) throw new Error(`${contract.name} ${contract.version} has no role "${role}"; roles: ${Object.keys(contract.roles).join(', ')}`);
  return r;
}

/** The pattern's `product` block, read from the contract (its image and home those of `primaryRole` when given). */
export function productOf(contract: ProductContract, primaryRole?: string): Product {
  const db = contract.databases;
  const primary = distributionOf(contract, primaryRole);
  return {
    name: contract.name,
    displayName: contract.displayName,
    version: contract.version,
    home: primary.home,
    stopScript: primary.stopScript,
    configFormat: contract.configFormat,
    runAsUser: contract.runAsUser.value,
    image: {
      registry: contract.image.registry,
      repository: primary.repository,
      tag: contract.image.tag,
      published: contract.image.published.value,
    },
    imageInterface: primary.imageInterface,
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

type RoleParts = Pick<Component, 'role' | 'profile' | 'ports' | 'probes' | 'image' | 'home' | 'stopScript' | 'usesDatabases'>;

/**
 * What a component takes from its role: the role key, profile, ports, probes, and its own
 * image, home and server script where they differ from the chart's (`primaryRole` as given
 * to productOf).
 */
export function roleParts(contract: ProductContract, role: string, primaryRole?: string): RoleParts {
  const r = roleOf(contract, role);
  const chart = distributionOf(contract, primaryRole);
  const own = distributionOf(contract, role);
  return {
    role,
    profile: { name: r.profile.value },
    ports: r.ports.value.map((p) => ({ ...p })) as Component['ports'],
    probes: { startup: probe(r.startup.value, 'startup'), liveness: probe(r.liveness.value, 'liveness'), readiness: probe(r.readiness.value, 'readiness') },
    // A role image other than the chart's own, with the home and script of its distribution.
    ...(own.repository !== chart.repository ? { image: { repository: own.repository } } : {}),
    ...(own.home !== chart.home ? { home: own.home } : {}),
    ...(own.stopScript !== chart.stopScript ? { stopScript: own.stopScript } : {}),
    ...(contract.databases && !r.sharedDatabase.value ? { usesDatabases: false } : {}),
  };
}
