import { isObject } from '../schemas/json-schema.ts';
import { compareMinors } from '../core/kubernetes-minors.ts';
import { newestRelease } from '../schemas/releases.ts';
import { fieldPath, objectAt, podTemplatePaths } from './walk.ts';

/**
 * The `restricted` level of the Pod Security Standards
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/): every baseline control
 * and every restricted one, as the API server's PodSecurity admission
 * (k8s.io/pod-security-admission, `policy/check_*.go`) evaluates them for a version. It is
 * admission, not validation: a namespace chooses its level, so this is a library function of
 * its own and not part of `-strict-api`.
 */
export interface PodSecurityViolation {
  /** The admission's check id: `runAsNonRoot`, `capabilities_restricted`, `hostPorts`… */
  readonly check: string;
  /** The field that breaks it (kubeconform-style), or the pod spec when the field is missing. */
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

interface Container {
  readonly name: string;
  readonly path: readonly string[];
  readonly value: Json;
}

const containerLists = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** Volume sources the restricted level allows; every other source (hostPath, nfs, …) is refused. */
const restrictedVolumeSources = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);

/** Safe sysctls, by the release that allowed them. */
const safeSysctls: readonly { readonly since: string; readonly names: readonly string[] }[] = [
  { since: '1.0', names: ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'] },
  { since: '1.27', names: ['net.ipv4.ip_local_reserved_ports'] },
  { since: '1.29', names: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'] },
  { since: '1.32', names: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'] },
];

const seLinuxTypes = ['', 'container_t', 'container_init_t', 'container_kvm_t'];

/**
 * Every restricted-level violation of a resource's pods: a Pod's spec, or the pod template of a
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController or
 * PodTemplate (where the admission only warns, as the pods it makes will be refused). Other kinds
 * have none. `version` is the policy version (`1.34`, `1.35`; default the newest release here).
 */
export function podSecurityRestricted(resource: unknown, version: string = newestRelease.minor): PodSecurityViolation[] {
  if (!isObject(resource) || typeof resource['kind'] !== 'string') return [];
  const violations: PodSecurityViolation[] = [];
  for (const template of podTemplatePaths(resource['kind'])) {
    const spec = objectAt(resource, ...template, 'spec');
    if (spec) checkPod(objectAt(resource, ...template, 'metadata') ?? {}, spec, [...template, 'spec'], version, violations);
  }
  return violations;
}

function checkPod(metadata: Json, spec: Json, specPath: readonly string[], version: string, out: PodSecurityViolation[]): void {
  const since = (minor: string): boolean => compareMinors(version, minor) >= 0;
  const at = (...segments: readonly (string | number)[]): string => fieldPath(...specPath, ...segments);
  const add = (check: string, path: string, message: string): void => {
    out.push({ check, path, message: `${message} (Pod Security restricted: ${check})` });
  };
  const podContext = objectAt(spec, 'securityContext') ?? {};
  const containers = containersOf(spec);
  const windows = objectAt(spec, 'os')?.['name'] === 'windows';
  // KEP-127: from 1.35 a pod in a user namespace may run as (its namespace's) root.
  const userNamespace = spec['hostUsers'] === false && since('1.35');

  // Baseline: host namespaces, privileged, capabilities, hostPath, host ports, AppArmor,
  // SELinux, /proc mount, seccomp, sysctls, Windows host processes, probe and lifecycle hosts.
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (spec[field] === true) add('hostNamespaces', at(field), `${field}=true is forbidden`);
  }
  for (const container of containers) {
    const context = objectAt(container.value, 'securityContext');
    const where = (...segments: string[]): string => fieldPath(...container.path, 'securityContext', ...segments);
    if (context?.['privileged'] === true) add('privileged', where('privileged'), `container ${JSON.stringify(container.name)} must not set securityContext.privileged=true`);
    const ports = container.value['ports'];
    if (Array.isArray(ports)) {
      ports.forEach((port, index) => {
        const hostPort = isObject(port) ? port['hostPort'] : undefined;
        if (typeof hostPort === 'number' && hostPort !== 0) add('hostPorts', fieldPath(...container.path, 'ports', String(index), 'hostPort'), `container ${JSON.stringify(container.name)} uses hostPort ${hostPort}`);
      });
    }
    const appArmorProfile = objectAt(context, 'appArmorProfile');
    const appArmor = appArmorProfile?.['type'];
    if (appArmorProfile && appArmor !== 'RuntimeDefault' && appArmor !== 'Localhost') add('appArmorProfile', where('appArmorProfile', 'type'), `container ${JSON.stringify(container.name)} must not set AppArmor profile type to ${JSON.stringify(appArmor)}`);
    checkSeLinux(objectAt(context, 'seLinuxOptions'), where('seLinuxOptions'), `container ${JSON.stringify(container.name)}`, since('1.31'), add);
    const procMount = context?.['procMount'];
    // Restricted forbids any /proc mount but Default for every pod (baseline relaxes it in a
    // user namespace from 1.35; the restricted procMount check then takes over).
    if (procMount !== undefined && procMount !== null && procMount !== 'Default') add(since('1.35') ? 'procMount_restricted' : 'procMount', where('procMount'), `container ${JSON.stringify(container.name)} must not set securityContext.procMount to ${JSON.stringify(procMount)}`);
    if (objectAt(context, 'windowsOptions')?.['hostProcess'] === true) add('windowsHostProcess', where('windowsOptions', 'hostProcess'), `container ${JSON.stringify(container.name)} must not set securityContext.windowsOptions.hostProcess=true`);
    if (since('1.34')) {
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) checkHosts(objectAt(container.value, probe), [...container.path, probe], container.name, add);
      for (const hook of ['postStart', 'preStop']) checkHosts(objectAt(container.value, 'lifecycle', hook), [...container.path, 'lifecycle', hook], container.name, add);
    }
  }
  const podAppArmorProfile = objectAt(podContext, 'appArmorProfile');
  const podAppArmor = podAppArmorProfile?.['type'];
  if (podAppArmorProfile && podAppArmor !== 'RuntimeDefault' && podAppArmor !== 'Localhost') add('appArmorProfile', at('securityContext', 'appArmorProfile', 'type'), `pod must not set AppArmor profile type to ${JSON.stringify(podAppArmor)}`);
  const annotations = objectAt(metadata, 'annotations') ?? {};
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith('container.apparmor.security.beta.kubernetes.io/')) continue;
    const profile = typeof value === 'string' ? value : '';
    if (profile !== '' && profile !== 'runtime/default' && !profile.startsWith('localhost/')) add('appArmorProfile', fieldPath('metadata', 'annotations', key), `annotation ${key} must not set AppArmor profile ${JSON.stringify(profile)}`);
  }
  checkSeLinux(objectAt(podContext, 'seLinuxOptions'), at('securityContext', 'seLinuxOptions'), 'pod', since('1.31'), add);
  if (objectAt(podContext, 'windowsOptions')?.['hostProcess'] === true) add('windowsHostProcess', at('securityContext', 'windowsOptions', 'hostProcess'), 'pod must not set securityContext.windowsOptions.hostProcess=true');
  const sysctls = podContext['sysctls'];
  if (Array.isArray(sysctls)) {
    const allowed = new Set(safeSysctls.filter((entry) => since(entry.since)).flatMap((entry) => entry.names));
    sysctls.forEach((sysctl, index) => {
      const name = isObject(sysctl) ? sysctl['name'] : undefined;
      if (typeof name === 'string' && !allowed.has(name)) add('sysctls', at('securityContext', 'sysctls', index, 'name'), `sysctl ${JSON.stringify(name)} is not a safe sysctl`);
    });
  }
  // The baseline seccomp check (which also reads the old seccomp annotations) is replaced at
  // this level by the restricted one, which reads only the fields.

  // Restricted: volume types, privilege escalation, running as non-root, non-zero UIDs,
  // seccomp, capabilities.
  const volumes = spec['volumes'];
  if (Array.isArray(volumes)) {
    volumes.forEach((volume, index) => {
      if (!isObject(volume)) return;
      const sources = Object.keys(volume).filter((key) => key !== 'name' && volume[key] !== null && volume[key] !== undefined);
      const bad = sources.filter((source) => !restrictedVolumeSources.has(source));
      // A volume without a source is an emptyDir: the API server defaults it before admission.
      if (bad.length > 0) add('restrictedVolumes', at('volumes', index), `volume ${JSON.stringify(volume['name'])} uses a restricted volume type (${bad.join(', ')})`);
    });
  }
  const podNonRoot = podContext['runAsNonRoot'];
  const podSeccompProfile = objectAt(podContext, 'seccompProfile');
  const podSeccomp = podSeccompProfile?.['type'];
  if (!userNamespace) {
    if (podNonRoot === false) add('runAsNonRoot', at('securityContext', 'runAsNonRoot'), 'pod must not set securityContext.runAsNonRoot=false');
    if (podContext['runAsUser'] === 0) add('runAsUser', at('securityContext', 'runAsUser'), 'pod must not set runAsUser=0');
  }
  const podSeccompValid = podSeccomp === 'RuntimeDefault' || podSeccomp === 'Localhost';
  if (podSeccompProfile && !podSeccompValid) add('seccompProfile_restricted', at('securityContext', 'seccompProfile', 'type'), `pod must not set securityContext.seccompProfile.type to ${JSON.stringify(podSeccomp)}`);
  for (const container of containers) {
    const context = objectAt(container.value, 'securityContext');
    const name = JSON.stringify(container.name);
    const where = (...segments: string[]): string => fieldPath(...container.path, 'securityContext', ...segments);
    if (!windows && context?.['allowPrivilegeEscalation'] !== false) add('allowPrivilegeEscalation', where('allowPrivilegeEscalation'), `container ${name} must set securityContext.allowPrivilegeEscalation=false`);
    if (!userNamespace) {
      const nonRoot = context?.['runAsNonRoot'];
      if (nonRoot === false) add('runAsNonRoot', where('runAsNonRoot'), `container ${name} must not set securityContext.runAsNonRoot=false`);
      else if (nonRoot !== true && podNonRoot !== true) add('runAsNonRoot', where('runAsNonRoot'), `pod or container ${name} must set securityContext.runAsNonRoot=true`);
      if (context?.['runAsUser'] === 0) add('runAsUser', where('runAsUser'), `container ${name} must not set runAsUser=0`);
    }
    if (!windows) {
      const seccomp = objectAt(context, 'seccompProfile');
      if (seccomp) {
        const type = seccomp['type'];
        if (type !== 'RuntimeDefault' && type !== 'Localhost') add('seccompProfile_restricted', where('seccompProfile', 'type'), `container ${name} must not set securityContext.seccompProfile.type to ${JSON.stringify(type)}`);
      } else if (!podSeccompValid) {
        add('seccompProfile_restricted', where('seccompProfile'), `pod or container ${name} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`);
      }
      const capabilities = objectAt(context, 'capabilities');
      const drop = capabilities?.['drop'];
      if (!Array.isArray(drop) || !drop.includes('ALL')) add('capabilities_restricted', where('capabilities', 'drop'), `container ${name} must set securityContext.capabilities.drop=["ALL"]`);
      // The restricted capabilities check replaces the baseline one at this level, so a
      // Windows pod has neither.
      const added = capabilities?.['add'];
      const bad = Array.isArray(added) ? added.filter((capability) => capability !== 'NET_BIND_SERVICE') : [];
      if (bad.length > 0) add('capabilities_restricted', where('capabilities', 'add'), `container ${name} must not include ${bad.map((capability) => JSON.stringify(capability)).join(', ')} in securityContext.capabilities.add`);
    }
  }
}

function containersOf(spec: Json): Container[] {
  const found: Container[] = [];
  for (const list of containerLists) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (isObject(container)) found.push({ name: typeof container['name'] === 'string' ? container['name'] : '', path: ['spec', list, String(index)], value: container });
    });
  }
  return found;
}

function checkSeLinux(options: Json | undefined, path: string, who: string, engineType: boolean, add: (check: string, path: string, message: string) => void): void {
  if (!options) return;
  const type = typeof options['type'] === 'string' ? options['type'] : '';
  const allowed = engineType ? [...seLinuxTypes, 'container_engine_t'] : seLinuxTypes;
  const problems: string[] = [];
  if (!allowed.includes(type)) problems.push(`type ${JSON.stringify(type)}`);
  if (typeof options['user'] === 'string' && options['user'] !== '') problems.push('user may not be set');
  if (typeof options['role'] === 'string' && options['role'] !== '') problems.push('role may not be set');
  if (problems.length > 0) add('seLinuxOptions', path, `${who} sets forbidden securityContext.seLinuxOptions: ${problems.join('; ')}`);
}

function checkHosts(handler: Json | undefined, path: readonly string[], container: string, add: (check: string, path: string, message: string) => void): void {
  for (const action of ['httpGet', 'tcpSocket']) {
    const host = objectAt(handler, action)?.['host'];
    if (typeof host === 'string' && host !== '') add('hostProbesAndHostLifecycle', fieldPath(...path, action, 'host'), `container ${JSON.stringify(container)} uses probe or lifecycle host ${JSON.stringify(host)}`);
  }
}
