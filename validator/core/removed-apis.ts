import { kindKey, type KindEntry } from '../schemas/kind-key.ts';
import type { KubernetesRelease } from '../schemas/releases.ts';
import { compareMinors } from './kubernetes-minors.ts';

/**
 * APIs removed before the oldest release whose schemas are shipped (Kubernetes'
 * deprecated API migration guide). Removals from 1.30 on are read from the schemas themselves.
 */
const removedBefore130: readonly { apiVersion: string; kinds: readonly string[]; removedIn: string; use: string }[] = [
  { apiVersion: 'extensions/v1beta1', kinds: ['DaemonSet', 'Deployment', 'ReplicaSet'], removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'apps/v1beta1', kinds: ['Deployment', 'StatefulSet', 'ControllerRevision'], removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: ['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'ControllerRevision'], removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', use: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', use: 'Pod Security Admission (PodSecurityPolicy was removed entirely in 1.25)' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], removedIn: '1.22', use: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], removedIn: '1.22', use: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], removedIn: '1.22', use: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: '1.22', use: 'authentication.k8s.io/v1' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview', 'SelfSubjectRulesReview'], removedIn: '1.22', use: 'authorization.k8s.io/v1' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: '1.22', use: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: '1.22', use: 'coordination.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], removedIn: '1.22', use: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: '1.22', use: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: '1.22', use: 'storage.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: '1.25', use: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: '1.25', use: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: '1.25', use: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', use: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: '1.25', use: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.25', use: 'Pod Security Admission (there is no replacement API)' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', use: 'node.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', use: 'autoscaling/v2' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: '1.26', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', use: 'storage.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: '1.29', use: 'flowcontrol.apiserver.k8s.io/v1' },
];

export interface ReleaseKinds {
  readonly release: KubernetesRelease;
  readonly kinds: ReadonlyMap<string, KindEntry>;
}

/** API groups Kubernetes itself serves: a kind missing from one of them is a mistake, not a CRD. */
export function isBuiltinGroup(apiVersion: string, releases: readonly ReleaseKinds[]): boolean {
  const group = groupOf(apiVersion);
  if (group === '' || group === 'extensions') return true;
  return releases.some(({ kinds }) => [...kinds.values()].some((entry) => groupOf(entry.apiVersion) === group));
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/**
 * Why a built-in apiVersion/kind has no schema in the target release, naming its replacement:
 * `extensions/v1beta1 Ingress was removed in Kubernetes 1.22; use networking.k8s.io/v1`.
 * Undefined when the API is not a Kubernetes one (e.g. a custom resource).
 */
export function explainMissingKind(
  apiVersion: string,
  kind: string,
  target: KubernetesRelease,
  releases: readonly ReleaseKinds[],
): string | undefined {
  const key = kindKey(apiVersion, kind);
  const targetKinds = releases.find((entry) => entry.release.minor === target.minor)?.kinds ?? new Map<string, KindEntry>();
  const replacement = replacementIn(kind, apiVersion, targetKinds);
  const use = replacement ? `; use ${replacement}` : '';

  const known = removedBefore130.find((entry) => entry.apiVersion === apiVersion && entry.kinds.includes(kind));
  if (known) {
    const advised = targetKinds.has(kindKey(known.use, kind)) ? known.use : (replacement ?? known.use);
    return `${apiVersion} ${kind} was removed in Kubernetes ${known.removedIn}; use ${advised}`;
  }

  const servedIn = releases.filter(({ kinds }) => [...kinds.values()].some((e) => e.apiVersion === apiVersion && e.kind === kind));
  if (servedIn.length > 0) {
    const newer = servedIn.filter(({ release }) => compareMinors(release.minor, target.minor) > 0);
    const older = servedIn.filter(({ release }) => compareMinors(release.minor, target.minor) < 0);
    if (older.length > 0 && newer.length === 0) {
      const lastServed = older[older.length - 1]!.release.minor;
      const removedIn = releases.find(({ release }) => compareMinors(release.minor, lastServed) > 0)?.release.minor ?? target.minor;
      return `${apiVersion} ${kind} was removed in Kubernetes ${removedIn}${use}`;
    }
    if (newer.length > 0) {
      return `${apiVersion} ${kind} is not served by Kubernetes ${target.minor} (first in ${newer[0]!.release.minor})${use}`;
    }
  }
  if (targetKinds.has(key)) return undefined;
  if (!isBuiltinGroup(apiVersion, releases)) return undefined;
  return `Kubernetes ${target.minor} has no kind ${kind} in ${apiVersion}${use}`;
}

/** The same kind in another group/version the target serves: same group first, then stable, then newest. */
function replacementIn(kind: string, apiVersion: string, kinds: ReadonlyMap<string, KindEntry>): string | undefined {
  const group = groupOf(apiVersion);
  const candidates = [...kinds.values()].filter((entry) => entry.kind === kind && entry.apiVersion !== apiVersion && !entry.kind.endsWith('List'));
  candidates.sort(
    (a, b) =>
      Number(groupOf(b.apiVersion) === group) - Number(groupOf(a.apiVersion) === group) ||
      versionRank(b.apiVersion) - versionRank(a.apiVersion),
  );
  return candidates[0]?.apiVersion;
}

/** v2 > v1 > v2beta1 > v1beta2 > v1beta1 > v1alpha1, as Kubernetes orders versions. */
function versionRank(apiVersion: string): number {
  const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!match) return -1;
  const stability = match[2] === 'alpha' ? 0 : match[2] === 'beta' ? 1 : 2;
  return stability * 1_000_000 + Number(match[1]) * 1_000 + Number(match[3] ?? 0);
}
