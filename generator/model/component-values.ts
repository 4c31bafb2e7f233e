import type { Component, Probe, Volume } from '../pattern/pattern.types.ts';
import {
  bool, formats, int, kubernetes, leaf, object, oneOf, str, stringList, int32Max, labelMap, labelSelectorMap, annotationMap,
  type JsonSchema, type ValueObject,
} from './values-tree.ts';
import { imageValues } from './image-values.ts';
import { kebabCase } from './names.ts';
import type { ResolvedProduct } from './product-defaults.ts';

const portRange = { minimum: 1, maximum: 65535 };
/**
 * A fixed replica count is rendered member by member where other components list every pod of
 * a StatefulSet (each gateway publishes to every traffic manager), so it needs a bound helm can
 * render and a ConfigMap can hold; an autoscaled component is reached through its Service.
 */
const maxFixedReplicas = 1000;

/** Schema of one entry of a component's `configFiles` map, also used for files a user adds. */
export const configFileSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'content'],
  properties: {
    path: { type: 'string', ...formats.relativePath, description: 'Path relative to the product home.' },
    content: { type: 'string', ...formats.helmTemplate, description: 'File content; rendered with Helm `tpl`, so it may use the chart helpers.' },
  },
};

/** The values subtree of one component: everything a user may change about it. */
export function componentValues(component: Component, product: ResolvedProduct): ValueObject {
  const replicas = component.replicas ?? 1;
  const scaling = component.scaling ?? {};
  const rollout = component.rollout ?? {};
  return object(component.description, {
    enabled: bool('Deploy this component.', component.enabled ?? true),
    // A role without a profile (an image variant, or an all-in-one distribution without profiles) takes no profile value.
    ...(product.imageInterface.profileEnv || (product.imageInterface.acceptsArgs && component.profile.name !== '')
      ? { profile: str(profileDescription(component, product), component.profile.name, { pattern: '^[a-z0-9-]*$' }) }
      : {}),
    extraArgs: stringList(
      product.imageInterface.acceptsArgs || !product.imageInterface.argsEnv
        ? 'Further start-up arguments for the product.'
        : `Further start-up arguments for the product, passed as ${product.imageInterface.argsEnv} (the image's entrypoint ignores container arguments).`,
      component.profile.extraArgs ?? [],
    ),
    controller: oneOf(
      'The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.',
      component.controller ?? 'Deployment',
      ['Deployment', 'StatefulSet'],
    ),
    replicaCount: int(
      component.singlePod
        ? `Pods to run: 0 or 1. ${component.singlePod}`
        : `Pods to run when autoscaling is off (at most ${maxFixedReplicas}; larger fleets scale with \`autoscaling\`).`,
      replicas, { minimum: 0, maximum: component.singlePod ? 1 : maxFixedReplicas }),
    // A role image with a distribution of its own installs the product elsewhere.
    ...(component.home ? { productHome: str('Where this component\'s image installs the product (its distribution\'s home); paths of config files, keystores and jars are below it.', component.home, formats.absolutePath) } : {}),
    image: imageValues(
      component.image
        ? `This component's own image (${component.image.repository}); empty fields inherit the chart-level \`image\`.`
        : 'Overrides of the chart-level `image` for this component; empty fields inherit it.',
      { registry: '', repository: component.image?.repository ?? '', tag: '', digest: '' },
    ),
    ports: object(
      'Ports the product listens on, by name. Every port is exposed on the component Service.',
      Object.fromEntries(
        component.ports.map((port) => [
          port.name,
          object(port.description, {
            containerPort: int('Port inside the container.', port.port, portRange),
            protocol: oneOf('Transport protocol.', port.protocol ?? 'TCP', ['TCP', 'UDP', 'SCTP']),
            appProtocol: str('Application protocol hint for the Service (e.g. https); empty for none.', port.appProtocol ?? '', formats.qualifiedNameOrEmpty),
            nodePort: leaf('Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.', null, {
              type: ['integer', 'null'], minimum: 30000, maximum: 32767,
            }),
          }),
        ]),
      ),
    ),
    service: object('The Service that load-balances the component pods.', {
      type: oneOf('Service type.', component.service?.type ?? 'ClusterIP', ['ClusterIP', 'NodePort', 'LoadBalancer']),
      annotations: annotationMap('Annotations for the Service (e.g. for a cloud load balancer).'),
      sessionAffinity: oneOf(
        'ClientIP keeps a client on one pod (sticky sessions for the management console).',
        component.service?.sticky ? 'ClientIP' : 'None',
        ['None', 'ClientIP'],
      ),
      sessionAffinityTimeoutSeconds: int('How long ClientIP affinity lasts.', 10800, { minimum: 1, maximum: 86400 }),
    }),
    startupProbe: kubernetes(
      'Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.',
      probe(component.probes?.startup), 'io.k8s.api.core.v1.Probe', 'object'),
    livenessProbe: kubernetes('Liveness probe: the kubelet restarts the container when it fails (auto-healing).',
      probe(component.probes?.liveness), 'io.k8s.api.core.v1.Probe', 'object'),
    readinessProbe: kubernetes('Readiness probe: the pod receives traffic only while it passes.',
      probe(component.probes?.readiness), 'io.k8s.api.core.v1.Probe', 'object'),
    lifecycle: kubernetes(
      'Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.',
      { preStop: { exec: { command: ['sh', '-c', `sleep 10 && ${component.home ?? product.home}/${component.stopScript ?? product.stopScript} stop`] } } },
      'io.k8s.api.core.v1.Lifecycle', 'object'),
    resources: kubernetes('CPU and memory requests and limits of the product container.', component.resources ?? {
      requests: { cpu: '1000m', memory: '2Gi' }, limits: { cpu: '2000m', memory: '3Gi' },
    }, 'io.k8s.api.core.v1.ResourceRequirements', 'object'),
    podSecurityContext: kubernetes(
      typeof product.runAsUser === 'number'
        ? 'Pod security context; meets the restricted Pod Security Standard.'
        : 'Pod security context; meets the restricted Pod Security Standard. The image fixes no user id: set `runAsUser` (and `runAsGroup`, `fsGroup`) to the id of the image\'s product user.',
      {
        runAsNonRoot: true,
        ...(typeof product.runAsUser === 'number' ? { runAsUser: product.runAsUser, runAsGroup: product.runAsUser, fsGroup: product.runAsUser } : {}),
        seccompProfile: { type: 'RuntimeDefault' },
      }, 'io.k8s.api.core.v1.PodSecurityContext', 'object'),
    containerSecurityContext: kubernetes(
      'Container security context. The root filesystem stays writable because Carbon writes under its home at run time.',
      {
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: false,
        runAsNonRoot: true,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      }, 'io.k8s.api.core.v1.SecurityContext', 'object'),
    updateStrategy: kubernetes('Rollout strategy: rolling updates replace pods without an outage.', {
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: rollout.maxSurge ?? 1, maxUnavailable: rollout.maxUnavailable ?? 0 },
    }, 'io.k8s.api.apps.v1.DeploymentStrategy', 'object'),
    revisionHistoryLimit: int('Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.', 10, { minimum: 0 }),
    terminationGracePeriodSeconds: int('Time the product gets to shut down gracefully.', rollout.terminationGracePeriodSeconds ?? 60, { minimum: 0 }),
    // A component that runs at most one pod has nothing to autoscale, so no values that would do nothing.
    ...(component.singlePod ? {} : {
      autoscaling: object('HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.', {
        enabled: bool('Create the HorizontalPodAutoscaler.', scaling.autoscale ?? false),
        minReplicas: int('Lower bound of the replica count.', scaling.minReplicas ?? Math.max(replicas, 1), { minimum: 1 }),
        maxReplicas: int('Upper bound of the replica count.', scaling.maxReplicas ?? Math.max(replicas, 1) * 3, { minimum: 1 }),
        targetCPUUtilizationPercentage: int('Average CPU utilisation to aim for, in percent of requests.', scaling.targetCPUUtilizationPercentage ?? 75, { minimum: 1, maximum: 100 }),
        targetMemoryUtilizationPercentage: int('Average memory utilisation to aim for, in percent of requests.', scaling.targetMemoryUtilizationPercentage ?? 80, { minimum: 1, maximum: 100 }),
      }),
    }),
    podDisruptionBudget: object('PodDisruptionBudget, created only when the component runs more than one pod.', {
      create: bool('Create the PodDisruptionBudget when there is more than one pod.', true),
      maxUnavailable: leaf('Pods that may be down at once during voluntary disruptions (a number or a percentage).', 1, {
        type: ['integer', 'string'], minimum: 0, maximum: int32Max, pattern: '^([0-9]|[1-9][0-9]|100)%$',
      }),
    }),
    configFiles: object(
      'Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.',
      Object.fromEntries(
        (component.configFiles ?? []).map((file) => [
          file.key,
          object(`The product's ${file.path}.`, {
            path: str('Path relative to `productHome`.', file.path, formats.relativePath),
            content: str('File content (a Helm template).', file.content, formats.helmTemplate),
          }),
        ]),
      ),
      configFileSchema,
      formats.configMapKey,
    ),
    volumes: object(
      'Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.',
      Object.fromEntries((component.volumes ?? []).map((volume) => [volume.name, volumeValues(volume)])),
    ),
    sidecars: kubernetes(
      'Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).',
      [], 'io.k8s.api.core.v1.Container', 'array'),
    initContainers: kubernetes('Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).', [], 'io.k8s.api.core.v1.Container', 'array'),
    clustering: object('Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.', {
      enabled: bool('Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.', component.clustering?.enabled ?? false),
    }),
    ingress: ingressValues(component),
    httpRoute: httpRouteValues(component),
    extraEnvVars: kubernetes('Extra environment variables for the product container.', [], 'io.k8s.api.core.v1.EnvVar', 'array'),
    extraVolumes: kubernetes('Extra volumes for the pod.', [], 'io.k8s.api.core.v1.Volume', 'array'),
    extraVolumeMounts: kubernetes('Extra volume mounts for the product container.', [], 'io.k8s.api.core.v1.VolumeMount', 'array'),
    podAnnotations: annotationMap('Annotations for the pods.'),
    podLabels: labelMap('Extra labels for the pods (never used in selectors).'),
    nodeSelector: labelSelectorMap('Node labels the pods must match.'),
    tolerations: kubernetes('Tolerations for node taints.', [], 'io.k8s.api.core.v1.Toleration', 'array'),
    podAntiAffinityPreset: oneOf(
      'Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.',
      'soft', ['none', 'soft', 'hard']),
    affinity: kubernetes('Node and pod affinity rules; replace the anti-affinity preset when set.', {}, 'io.k8s.api.core.v1.Affinity', 'object'),
    topologySpreadConstraints: kubernetes('How pods spread over zones and nodes.', [], 'io.k8s.api.core.v1.TopologySpreadConstraint', 'array'),
  });
}

function volumeValues(volume: Volume): ValueObject {
  return object(volume.description, {
    path: str('Mount path; relative paths are below `productHome`.', volume.path),
    persistence: object('A PersistentVolumeClaim instead of an emptyDir.', {
      enabled: bool('Claim persistent storage for this volume.', volume.persistent ?? false),
      storageClass: str('StorageClass of the claim; empty uses the cluster default.', '', formats.objectNameOrEmpty),
      accessModes: leaf('Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.', [volume.accessMode ?? 'ReadWriteOnce'], {
        type: 'array', minItems: 1, items: { enum: ['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany', 'ReadWriteOncePod'] },
        // The API server refuses ReadWriteOncePod beside any other mode.
        if: { contains: { const: 'ReadWriteOncePod' } }, then: { maxItems: 1 },
      }),
      size: str('Requested size.', volume.size ?? '1Gi', { pattern: '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi)?$' }),
      existingClaim: str('Use this existing claim instead of creating one.', '', formats.objectNameOrEmpty),
    }),
  });
}

function ingressValues(component: Component): ValueObject {
  const route = component.ingress?.[0];
  const port = route?.port ?? component.ports[0].name;
  return object('An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.', {
    enabled: bool('Create the Ingress.', false),
    className: str('IngressClass that serves it, e.g. nginx.', 'nginx', formats.objectNameOrEmpty),
    host: str('Host name routed to the component.', route?.host ?? `${kebabCase(component.name)}.wso2.local`, formats.hostName),
    path: str('Path routed to the component.', route?.path ?? '/', formats.httpPath),
    pathType: oneOf('How the path matches.', 'Prefix', ['Prefix', 'Exact', 'ImplementationSpecific']),
    port: oneOf('Name of the component port the Ingress sends traffic to.', port, component.ports.map((p) => p.name)),
    backendProtocol: oneOf('Protocol from the ingress controller to the pods (NGINX annotation).', route?.backendProtocol ?? 'HTTPS', ['HTTP', 'HTTPS']),
    sticky: bool('Cookie-based session affinity at the ingress controller (NGINX annotations).', route?.sticky ?? component.service?.sticky ?? false),
    annotations: annotationMap('Further Ingress annotations.'),
    tls: object('TLS termination at the ingress controller.', {
      enabled: bool('Serve the host over TLS.', true),
      secretName: str('Secret with the certificate; empty derives `<fullname>-<component>-tls`.', '', formats.objectNameOrEmpty),
    }),
  });
}

function httpRouteValues(component: Component): ValueObject {
  const route = component.ingress?.[0];
  return object('A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.', {
    enabled: bool('Create the HTTPRoute.', false),
    parentRefs: leaf('The Gateways the route attaches to.', [{ name: 'wso2-gateway' }], {
      type: 'array', minItems: 1,
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', ...formats.objectName }, namespace: { type: 'string', ...formats.namespaceName }, sectionName: { type: 'string', ...formats.objectName } }, additionalProperties: false },
    }),
    hostnames: leaf('Host names the route matches.', [route?.host ?? `${kebabCase(component.name)}.wso2.local`], { type: 'array', items: { type: 'string', ...formats.hostName } }),
    path: str('Path prefix routed to the component.', route?.path ?? '/', formats.httpPath),
    port: oneOf('Name of the component port the route sends traffic to.', route?.port ?? component.ports[0].name, component.ports.map((p) => p.name)),
  });
}

function profileDescription(component: Component, product: ResolvedProduct): string {
  const how = product.imageInterface.profileEnv
    ? `passed to the image as ${product.imageInterface.profileEnv} (its entrypoint optimises the distribution for it)`
    : 'passed as `-Dprofile=`';
  const role = component.role ? ` Role: ${component.role} of ${product.displayName} ${product.version}.` : '';
  return `Start-up profile, ${how}; empty runs the default profile.${role}`;
}

/** Pattern probe → Kubernetes probe object, referring to ports by name. */
export function probe(definition: Probe | undefined): Record<string, unknown> | null {
  if (!definition) return null;
  const check = definition.check;
  const handler =
    check.type === 'httpGet'
      ? { httpGet: { path: check.path, port: check.port, scheme: check.scheme ?? 'HTTP' } }
      : check.type === 'tcpSocket'
        ? { tcpSocket: { port: check.port } }
        : { exec: { command: [...check.command] } };
  const timing = Object.fromEntries(
    (['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'] as const)
      .filter((key) => definition[key] !== undefined)
      .map((key) => [key, definition[key]]),
  );
  return { ...handler, ...timing };
}
