import { describe, expect, it } from 'vitest';
import { apim320 } from '../../products/wso2am-3.2.0.ts';
import { helms, named, ofKind, render, renderScenario, workloadOf, workloads as allWorkloads, type Resource } from '../support/render.ts';

/**
 * Each capability of the reference architecture, turned on by its ci scenario file
 * and checked on the output of the real helm (v3 and v4). Whitepaper sections in brackets.
 */
const product = (r: Resource): any => r.spec.template.spec.containers[0]; // eslint-disable-line @typescript-eslint/no-explicit-any
const home = '/home/wso2carbon/wso2am-3.2.0';
const configVolume = apim320.image.interface.value.configVolume!;
const artifactVolume = apim320.image.interface.value.artifactVolume!;
/** The components a default install runs; the gateway manager only runs for rsync and shared-volume artifact sync. */
const apimComponents = ['store', 'publisher', 'key-manager', 'traffic-manager', 'gateway-worker'];
/** The product's workloads (the evaluation database aside). */
const workloads = (resources: readonly Resource[]): Resource[] =>
  allWorkloads(resources).filter((w) => w.metadata.labels?.['app.kubernetes.io/component'] !== 'database');

describe.each(helms.map((h) => [h.name, h] as const))('%s', (_name, helm) => {
  it('[3.1] sidecars share the product logs volume', async () => {
    const worker = workloadOf(await renderScenario(helm, 'apim', '01-sidecars'), 'gateway-worker');
    const [main, shipper] = worker.spec.template.spec.containers;
    expect(shipper.name).toBe('log-shipper');
    expect(main.volumeMounts).toContainEqual({ name: 'logs', mountPath: `${home}/repository/logs` });
    expect(shipper.volumeMounts).toContainEqual({ name: 'logs', mountPath: '/logs', readOnly: true });
    expect(worker.spec.template.spec.volumes).toContainEqual({ name: 'logs', emptyDir: {} });
  });

  it('[3.2] controllers: Deployments with replicas and liveness probes by default, the traffic manager a StatefulSet as WSO2 runs it; a StatefulSet on request', async () => {
    for (const w of workloads(await render(helm, 'apim'))) {
      expect(w.kind).toBe(w.metadata.labels?.['app.kubernetes.io/component'] === 'traffic-manager' ? 'StatefulSet' : 'Deployment');
      expect(w.spec.replicas).toBeGreaterThanOrEqual(1);
      expect(product(w).livenessProbe).toBeDefined();
    }
    const resources = await renderScenario(helm, 'apim', '02-controllers-and-probes');
    const keyManager = workloadOf(resources, 'key-manager');
    expect(keyManager.kind).toBe('StatefulSet');
    expect(keyManager.spec.replicas).toBe(2);
    const headless = named(resources, 'Service', keyManager.spec.serviceName);
    expect(headless.spec.clusterIP).toBe('None');
  });

  it('[3.3] health checks: the ones API-M 3.2 ships (HTTP where it has an endpoint, TCP as WSO2 probes the rest), and exec or TCP probes on request', async () => {
    const resources = await render(helm, 'apim');
    for (const w of workloads(resources)) expect(product(w).startupProbe.tcpSocket).toEqual({ port: 'servlet-https' });
    for (const component of ['store', 'publisher', 'key-manager']) {
      expect(product(workloadOf(resources, component)).livenessProbe.httpGet).toMatchObject({ path: '/services/Version', port: 'servlet-http' });
    }
    const gateway = product(workloadOf(resources, 'gateway-worker'));
    expect(gateway.readinessProbe.tcpSocket).toEqual({ port: 'gateway-https' });
    expect(gateway.readinessProbe.httpGet).toBeUndefined();
    expect(product(workloadOf(resources, 'traffic-manager')).readinessProbe.tcpSocket).toEqual({ port: 'binary' });
    expect(gateway.ports).toContainEqual({ name: 'servlet-http', containerPort: 9763, protocol: 'TCP' });

    const switched = await renderScenario(helm, 'apim', '02-controllers-and-probes');
    expect(product(workloadOf(switched, 'store')).livenessProbe).toEqual({ exec: { command: ['sh', '-c', 'test -d /home/wso2carbon'] }, periodSeconds: 10, failureThreshold: 3 });
    expect(product(workloadOf(switched, 'publisher')).readinessProbe.tcpSocket).toEqual({ port: 'servlet-https' });
    expect(product(workloadOf(switched, 'publisher')).readinessProbe.httpGet).toBeUndefined();
  });

  it('[3.4] services: ClusterIP by default, NodePort with a fixed port, LoadBalancer, ports named per protocol', async () => {
    const defaults = await render(helm, 'apim');
    const worker = named(defaults, 'Service', 'test-apim-gateway-worker');
    expect(worker.spec.type).toBe('ClusterIP');
    expect(worker.spec.ports.map((p: { name: string; port: number }) => `${p.name}:${p.port}`).sort()).toEqual(
      ['gateway-http:8280', 'gateway-https:8243', 'servlet-http:9763', 'servlet-https:9443', 'websocket-ws:9099', 'websocket-wss:8099'],
    );
    const nodePorts = await renderScenario(helm, 'apim', '03-nodeport-services');
    const store = named(nodePorts, 'Service', 'test-apim-store');
    expect(store.spec.type).toBe('NodePort');
    expect(store.spec.ports.find((p: { name: string }) => p.name === 'servlet-https').nodePort).toBe(30443);
    expect(named(nodePorts, 'Service', 'test-apim-key-manager').spec.sessionAffinity).toBe('ClientIP');
    const lb = named(await renderScenario(helm, 'apim', '04-loadbalancer-service'), 'Service', 'test-apim-gateway-worker');
    expect(lb.spec.type).toBe('LoadBalancer');
    // StatefulSet pods and cluster members get a headless Service that lists them before they are ready.
    const headless = named(defaults, 'Service', 'test-apim-traffic-manager-hl');
    expect(headless.spec).toMatchObject({ clusterIP: 'None', publishNotReadyAddresses: true });
  });

  it('[3.5, 7] rolling updates: surge without unavailability on the gateway, digests, config checksums, graceful stop', async () => {
    const defaults = await render(helm, 'apim');
    const gateway = workloadOf(defaults, 'gateway-worker');
    expect(gateway.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(gateway.spec.revisionHistoryLimit).toBe(10);
    expect(product(gateway).lifecycle.preStop.exec.command.join(' ')).toContain(`${home}/bin/wso2server.sh stop`);

    const pinned = await renderScenario(helm, 'apim', '05-rolling-update');
    for (const w of workloads(pinned)) expect(product(w).image).toMatch(/^docker\.io\/wso2\/wso2am@sha256:[a-f0-9]{64}$/);
    expect(workloadOf(pinned, 'gateway-worker').spec.revisionHistoryLimit).toBe(5);

    const changed = await render(helm, 'apim', { set: ['gatewayWorker.configFiles.deployment\\.toml.content=[server]\nhostname = "changed"'] });
    const checksum = (r: Resource[]): string => workloadOf(r, 'gateway-worker').spec.template.metadata.annotations['checksum/config'];
    expect(checksum(changed)).not.toBe(checksum(defaults));
    expect(workloadOf(changed, 'store').spec.template.metadata.annotations['checksum/config']).toBe(
      workloadOf(defaults, 'store').spec.template.metadata.annotations['checksum/config'],
    );
  });

  it('[3.6] autoscaling/v2 on CPU and memory; the scaled workload leaves replicas to the HPA', async () => {
    const resources = await renderScenario(helm, 'apim', '06-autoscaling');
    const hpas = ofKind(resources, 'HorizontalPodAutoscaler');
    expect(hpas.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual(['test-apim-gateway-worker', 'test-apim-store']);
    for (const hpa of hpas) {
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec.metrics.map((m: { resource: { name: string } }) => m.resource.name)).toEqual(['cpu', 'memory']);
      expect(named(resources, hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name).spec.replicas).toBeUndefined();
    }
    expect(workloadOf(resources, 'publisher').spec.replicas).toBe(1);
  });

  it('[3.7] secrets and configuration: config from ConfigMaps, credentials from Secrets, no default password', async () => {
    const first = await renderScenario(helm, 'apim', 'default', { set: ['adminCredentials.password='] });
    const second = await renderScenario(helm, 'apim', 'default', { set: ['adminCredentials.password='] });
    const password = (r: Resource[]): string => Buffer.from(named(r, 'Secret', 'test-apim-admin').data.password, 'base64').toString();
    expect(password(first)).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(password(first)).not.toBe(password(second));
    const toml = named(first, 'ConfigMap', 'test-apim-store').data['deployment.toml'];
    expect(toml).toContain('password = "$env{ADMIN_PASSWORD}"');
    // Into the image's config volume: its entrypoint applies the profile, then copies the file over the product home.
    expect(product(workloadOf(first, 'store')).volumeMounts).toContainEqual({
      name: 'config', mountPath: `${configVolume}/repository/conf/deployment.toml`, subPath: 'deployment.toml', readOnly: true,
    });
    expect(product(workloadOf(first, 'store')).env).toContainEqual({ name: 'PROFILE_NAME', value: 'api-devportal' });
    expect(product(workloadOf(first, 'store')).args).toBeUndefined();

    const given = await renderScenario(helm, 'apim', '07-configuration', { set: ['adminCredentials.password=ci-only-not-a-secret'] });
    expect(named(given, 'ConfigMap', 'test-apim-gateway-worker').data['log4j2.properties']).toBe('rootLogger.level = INFO\n');

    const existing = await renderScenario(helm, 'apim', '08-existing-secrets', { set: ['adminCredentials.password='] });
    // Only the evaluation database's generated credentials remain.
    expect(ofKind(existing, 'Secret').map((secret) => secret.metadata.name)).toEqual(['test-apim-database']);
    const env = product(workloadOf(existing, 'store')).env;
    expect(env).toContainEqual({ name: 'ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'apim-admin', key: 'password' } } });
    expect(env).toContainEqual({ name: 'KEYSTORE_PASSWORD', valueFrom: { secretKeyRef: { name: 'apim-keystores', key: 'password' } } });
    expect(product(workloadOf(existing, 'store')).volumeMounts).toContainEqual({
      name: 'keystores', mountPath: `${configVolume}/repository/resources/security/wso2carbon.jks`, subPath: 'wso2carbon.jks', readOnly: true,
    });
    expect(named(existing, 'ConfigMap', 'test-apim-store').data['deployment.toml']).toContain('[keystore.primary]');
  });

  it('[3.8] storage: claims per component, an existing claim, never a StorageClass or PersistentVolume', async () => {
    const resources = await renderScenario(helm, 'apim', '09-persistence');
    const claims = ofKind(resources, 'PersistentVolumeClaim');
    expect(claims.map((c) => c.metadata.name)).toEqual(['test-apim-publisher-logs']);
    expect(claims[0]!.spec.resources.requests.storage).toBe('2Gi');
    const database = named(resources, 'StatefulSet', 'test-apim-database');
    expect(database.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('5Gi');
    expect(workloadOf(resources, 'key-manager').spec.template.spec.volumes).toContainEqual({ name: 'logs', persistentVolumeClaim: { claimName: 'key-manager-logs' } });
    expect(resources.filter((r) => r.kind === 'StorageClass' || r.kind === 'PersistentVolume')).toEqual([]);
  });

  it('[3.9, 3.10] ingress on well-known ports with TLS; cookie affinity for the consoles, not the gateway', async () => {
    const resources = await renderScenario(helm, 'apim', '10-ingress-sticky');
    const ingresses = ofKind(resources, 'Ingress');
    expect(ingresses.map((i) => i.metadata.name).sort()).toEqual(['test-apim-gateway-worker', 'test-apim-publisher', 'test-apim-store']);
    for (const ingress of ingresses) {
      expect(ingress.apiVersion).toBe('networking.k8s.io/v1');
      expect(ingress.spec.ingressClassName).toBe('nginx');
      expect(ingress.spec.tls[0].hosts).toEqual([ingress.spec.rules[0].host]);
    }
    const store = named(resources, 'Ingress', 'test-apim-store');
    expect(store.metadata.annotations?.['nginx.ingress.kubernetes.io/affinity']).toBe('cookie');
    expect(store.spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'test-apim-store', port: { name: 'servlet-https' } });
    expect(named(resources, 'Ingress', 'test-apim-publisher').spec.tls[0].secretName).toBe('publisher-tls');
    expect(named(resources, 'Ingress', 'test-apim-gateway-worker').metadata.annotations?.['nginx.ingress.kubernetes.io/affinity']).toBeUndefined();
    expect(named(await render(helm, 'apim'), 'Service', 'test-apim-store').spec.sessionAffinity).toBe('ClientIP');

    const routes = ofKind(await renderScenario(helm, 'apim', '11-gateway-api'), 'HTTPRoute');
    expect(routes.map((r) => r.metadata.name).sort()).toEqual(['test-apim-gateway-worker', 'test-apim-store']);
    expect(named(routes, 'HTTPRoute', 'test-apim-gateway-worker').spec.rules[0].backendRefs).toEqual([{ name: 'test-apim-gateway-worker', port: 8243 }]);
  });

  it('[3.11] monitoring: requests and limits everywhere, scrape annotations, ServiceMonitor only where the API exists', async () => {
    const resources = await renderScenario(helm, 'apim', '12-monitoring');
    for (const w of workloads(resources)) {
      expect(w.spec.template.metadata.annotations['prometheus.io/scrape']).toBe('true');
      for (const c of w.spec.template.spec.containers) expect(Object.keys(c.resources).sort()).toEqual(['limits', 'requests']);
    }
    expect(ofKind(resources, 'ServiceMonitor')).toEqual([]);
    const withOperator = await renderScenario(helm, 'apim', '12-monitoring', { apiVersions: ['monitoring.coreos.com/v1/ServiceMonitor'] });
    expect(ofKind(withOperator, 'ServiceMonitor')).toHaveLength(5);
  });

  it('[5] cluster discovery: off where WSO2 runs 3.2 unclustered; on request a least-privilege Role, membership settings, the scheme jar from an image, tokens only for members', async () => {
    const defaults = await render(helm, 'apim');
    expect(ofKind(defaults, 'Role')).toEqual([]);
    for (const component of apimComponents) {
      expect(named(defaults, 'ConfigMap', `test-apim-${component}`).data['deployment.toml']).not.toContain('[clustering]');
    }
    const resources = await renderScenario(helm, 'apim', '19-clustering');
    const role = named(resources, 'Role', 'test-apim-membership');
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['pods', 'endpoints'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
    ]);
    expect(named(resources, 'RoleBinding', 'test-apim-membership').subjects).toEqual([{ kind: 'ServiceAccount', name: 'test-apim', namespace: 'default' }]);
    for (const component of apimComponents) {
      expect(workloadOf(resources, component).spec.template.spec.automountServiceAccountToken).toBe(component === 'key-manager');
    }
    const keyManager = workloadOf(resources, 'key-manager');
    const toml = named(resources, 'ConfigMap', 'test-apim-key-manager').data['deployment.toml'];
    expect(toml).toContain('membership_scheme = "kubernetes"');
    expect(toml).toContain('properties.KUBERNETES_NAMESPACE = "default"');
    expect(toml).toContain('properties.KUBERNETES_SERVICES = "test-apim-key-manager-hl"');
    const jar = keyManager.spec.template.spec.initContainers.find((c: { name: string }) => c.name === 'membership-scheme');
    expect(jar.image).toBe('registry.example.com/wso2/kubernetes-membership-scheme:1.0.11');
    expect(product(keyManager).volumeMounts).toContainEqual({ name: 'membership-scheme', mountPath: `${artifactVolume}/repository/components/dropins`, readOnly: true });
    expect(named(resources, 'ConfigMap', 'test-apim-store').data['deployment.toml']).not.toContain('[clustering]');
  });

  it('[6] multi-tenancy: names and references follow the release and namespace; NetworkPolicy isolation', async () => {
    const a = await render(helm, 'apim', { releaseName: 'tenant-a', namespace: 'team-a' });
    const b = await render(helm, 'apim', { releaseName: 'tenant-b', namespace: 'team-b' });
    for (const r of a) expect(r.metadata.namespace).toBe('team-a');
    const names = (rs: Resource[]): string[] => rs.map((r) => `${r.kind}/${r.metadata.name}`);
    expect(names(a).filter((n) => names(b).includes(n))).toEqual([]);
    expect(named(a, 'ConfigMap', 'tenant-a-apim-store').data['deployment.toml']).toContain('https://tenant-a-apim-key-manager.team-a.svc:9443/services/');

    const isolated = await renderScenario(helm, 'apim', '13-tenant-isolation');
    const policies = ofKind(isolated, 'NetworkPolicy');
    // One per component, and one that lets only this release's pods reach the evaluation database.
    expect(policies.map((p) => p.metadata.name).sort()).toEqual([...apimComponents, 'database'].map((c) => `test-apim-${c}`).sort());
    expect(named(policies, 'NetworkPolicy', 'test-apim-database').spec.ingress[0].ports).toEqual([{ port: 'database', protocol: 'TCP' }]);
    for (const policy of policies) {
      expect(policy.spec.ingress).toHaveLength(1);
      expect(policy.spec.ingress[0].from).toContainEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'apim', 'app.kubernetes.io/instance': 'test' } } });
    }
  });

  it('[7, 9] artifact distribution by rsync sidecars, credentials from a Secret, no SSH', async () => {
    const resources = await renderScenario(helm, 'apim', '14-artifact-sync-rsync');
    const manager = workloadOf(resources, 'gateway-manager');
    const worker = workloadOf(resources, 'gateway-worker');
    const sidecar = (w: Resource, name: string): any => w.spec.template.spec.containers.find((c: { name: string }) => c.name === name); // eslint-disable-line @typescript-eslint/no-explicit-any
    const server = sidecar(manager, 'artifact-sync-server');
    const client = sidecar(worker, 'artifact-sync-client');
    expect(server.command.join(' ')).toContain('rsync --daemon');
    expect(client.command.join(' ')).toContain('rsync://sync@test-apim-gateway-manager.default.svc:8873/artifacts/');
    const artifacts = `${home}/repository/deployment/server/synapse-configs`;
    for (const w of [manager, worker]) {
      expect(product(w).volumeMounts).toContainEqual({ name: 'artifacts', mountPath: artifacts });
      expect(w.spec.template.spec.initContainers.map((c: { name: string }) => c.name)).toContain('artifact-seed');
    }
    expect(named(resources, 'Service', 'test-apim-gateway-manager').spec.ports).toContainEqual({ name: 'rsync', port: 8873, targetPort: 'rsync', protocol: 'TCP' });
    expect(Object.keys(named(resources, 'Secret', 'test-apim-artifact-sync').data)).toEqual(['password']);
    expect(JSON.stringify(resources)).not.toMatch(/ssh-|id_rsa|PRIVATE KEY/);
    expect(sidecar(workloadOf(resources, 'store'), 'artifact-sync-client')).toBeUndefined();

    const shared = await renderScenario(helm, 'apim', '15-artifact-sync-shared-volume');
    expect(named(shared, 'PersistentVolumeClaim', 'test-apim-artifacts').spec.accessModes).toEqual(['ReadWriteMany']);
    for (const component of ['gateway-manager', 'gateway-worker']) {
      expect(workloadOf(shared, component).spec.template.spec.volumes).toContainEqual({ name: 'artifacts', persistentVolumeClaim: { claimName: 'test-apim-artifacts' } });
    }
  });

  it('[8] worker/manager: one sticky manager, scaled workers started as worker nodes, autoscaling for workers', async () => {
    const resources = await renderScenario(helm, 'esb', '02-ingress');
    const manager = workloadOf(resources, 'manager');
    const worker = workloadOf(resources, 'worker');
    expect(manager.spec.replicas).toBe(1);
    expect(named(resources, 'Service', 'test-esb-manager').spec.sessionAffinity).toBe('ClientIP');
    expect(worker.spec.replicas).toBe(2);
    // WSO2's worker image has -DworkerNode=true baked in and its entrypoint ignores arguments.
    expect(product(worker).image).toBe('registry.example.com/wso2esb-worker-kubernetes:4.9.0');
    expect(product(manager).image).toBe('registry.example.com/wso2esb-manager-kubernetes:4.9.0');
    expect(product(worker).args).toBeUndefined();
    expect(product(worker).ports.map((p: { containerPort: number }) => p.containerPort)).toEqual(expect.arrayContaining([8280, 8243]));
    const scaled = await renderScenario(helm, 'esb', '01-autoscaled-workers');
    expect(ofKind(scaled, 'HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name)).toEqual(['test-esb-worker']);
  });

  it('external database: settings in the config, credentials from a Secret, the JDBC driver from an image', async () => {
    const resources = await renderScenario(helm, 'apim', '16-external-database');
    const toml = named(resources, 'ConfigMap', 'test-apim-publisher').data['deployment.toml'];
    expect(toml).toContain('[database.apim_db]\ntype = "mysql"\nurl = "jdbc:mysql://mysql.databases.svc:3306/WSO2AM_DB?useSSL=true"');
    expect(toml).toContain('driver = "com.mysql.cj.jdbc.Driver"');
    expect(ofKind(resources, 'StatefulSet').map((s) => s.metadata.name)).not.toContain('test-apim-database');
    expect(toml).toContain('[database.shared_db]');
    const publisher = workloadOf(resources, 'publisher');
    expect(product(publisher).env).toContainEqual({ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'apim-database', key: 'password' } } });
    const driver = publisher.spec.template.spec.initContainers.find((c: { name: string }) => c.name === 'jdbc-driver');
    expect(driver.image).toBe('registry.example.com/wso2/jdbc-drivers:1.0.0');
    // Through the image's artifact volume, which its entrypoint copies into the product home.
    expect(product(publisher).volumeMounts).toContainEqual({ name: 'jdbc-driver', mountPath: `${artifactVolume}/repository/components/lib`, readOnly: true });
  });

  it('high availability: PodDisruptionBudgets for multi-pod components, anti-affinity presets, topology spread', async () => {
    const resources = await renderScenario(helm, 'apim', '17-high-availability');
    expect(ofKind(resources, 'PodDisruptionBudget').map((p) => p.metadata.name).sort()).toEqual(apimComponents.map((c) => `test-apim-${c}`).sort());
    expect(workloadOf(resources, 'publisher').spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toHaveLength(1);
    expect(workloadOf(resources, 'gateway-worker').spec.template.spec.topologySpreadConstraints[0].topologyKey).toBe('topology.kubernetes.io/zone');
    expect(ofKind(await render(helm, 'apim'), 'PodDisruptionBudget').map((p) => p.metadata.name)).toEqual(['test-apim-gateway-worker']);
  });

  it('[4, 10] deployment workflow: images from a private registry with pull secrets', async () => {
    const resources = await renderScenario(helm, 'apim', '18-private-registry');
    for (const w of workloads(resources)) {
      expect(product(w).image).toBe('registry.example.com/wso2/wso2am:3.2.0-custom.1');
      expect(w.spec.template.spec.imagePullSecrets).toEqual([{ name: 'registry-credentials' }]);
    }
  });
});
