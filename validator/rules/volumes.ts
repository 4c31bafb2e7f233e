import { isObject } from '../schemas/json-schema.ts';
import { checkDns1123Label } from './dns.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectAt, objectItems, podContainers, podSpecs } from './walk.ts';

/** The VolumeSource members, in the order validateVolumeSource counts them. */
const volumeSources = [
  'hostPath', 'emptyDir', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi', 'glusterfs', 'flexVolume',
  'persistentVolumeClaim', 'rbd', 'quobyte', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

/**
 * ValidateVolumes and validateVolumeMounts: each volume is named with a DNS-1123 label, once,
 * and has at most one source (none is defaulted to emptyDir); each container's volume mounts
 * name a volume of the pod (for a StatefulSet, also a volumeClaimTemplate) and mount it at a path no other mount of that container uses.
 */
export const podVolumes: Rule = (subject, issues) => {
  for (const { path: specPath, spec } of podSpecs(subject.kind, subject.value)) {
    const names = new Set<string>();
    for (const { index, item: volume } of objectItems(spec['volumes'])) {
      const path = [...specPath, 'volumes', String(index)];
      const name = volume['name'];
      if (typeof name === 'string') {
        const why = checkDns1123Label(name);
        if (why) issues.push({ path: fieldPath(...path, 'name'), message: `${JSON.stringify(name)} is not a valid volume name: ${why} (API server rule: DNS-1123 label)` });
        else if (names.has(name)) issues.push({ path: fieldPath(...path, 'name'), message: `volume name ${JSON.stringify(name)} is used twice (API server rule: unique volume names)` });
        names.add(name);
      }
      const given = volumeSources.filter((source) => isObject(volume[source]));
      if (given.length > 1) {
        issues.push({ path: fieldPath(...path, given[1]!), message: `may not specify more than 1 volume type (has ${given.join(', ')}) (API server rule: one volume source)` });
      }
    }
    // A StatefulSet's pods also get a volume per claim template (unless one has its name).
    if (subject.kind === 'StatefulSet') {
      for (const { item } of objectItems(objectAt(subject.value, 'spec')?.['volumeClaimTemplates'])) {
        const name = objectAt(item, 'metadata')?.['name'];
        if (typeof name === 'string') names.add(name);
      }
    }
    for (const { path, container } of podContainers(spec, specPath)) {
      const mountPaths = new Set<string>();
      for (const { index, item: mount } of objectItems(container['volumeMounts'])) {
        const at = [...path, 'volumeMounts', String(index)];
        const name = mount['name'];
        if (typeof name === 'string' && !names.has(name)) {
          issues.push({ path: fieldPath(...at, 'name'), message: `volume mount ${JSON.stringify(name)} names no volume of the pod (API server rule: volume mounts)` });
        }
        const mountPath = mount['mountPath'];
        if (typeof mountPath !== 'string') continue;
        if (mountPath === '') issues.push({ path: fieldPath(...at, 'mountPath'), message: 'a volume mount needs a mountPath (API server rule: volume mounts)' });
        else if (mountPaths.has(mountPath)) issues.push({ path: fieldPath(...at, 'mountPath'), message: `mountPath ${JSON.stringify(mountPath)} must be unique within a container (API server rule: volume mounts)` });
        mountPaths.add(mountPath);
      }
    }
  }
};
