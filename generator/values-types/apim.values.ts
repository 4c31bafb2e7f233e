/* Generated from charts/apim/values.schema.json by json-schema-to-typescript. Do not edit; run `npm run generate`. */

/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.api.resource.Quantity".
 */
export type IoK8SApimachineryPkgApiResourceQuantity = string | number;
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.util.intstr.IntOrString".
 */
export type IoK8SApimachineryPkgUtilIntstrIntOrString = string | number;
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.Time".
 */
export type IoK8SApimachineryPkgApisMetaV1Time = string;

/**
 * Values of the apim chart.
 */
export interface ApimValues {
  /**
   * Values shared with parent and sibling charts when this chart is a subchart.
   */
  global?: {
    /**
     * Registry for every image, overriding each `image.registry` (e.g. a private mirror).
     */
    imageRegistry?: string;
    /**
     * Pull secrets added to every pod.
     */
    imagePullSecrets?: IoK8SApiCoreV1LocalObjectReference[] | null;
    [k: string]: unknown;
  };
  /**
   * Replaces the chart name in resource names.
   */
  nameOverride?: string;
  /**
   * Replaces the release-derived prefix of resource names; it starts with a letter, as Service names must.
   */
  fullnameOverride?: string;
  /**
   * Labels added to every resource. Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
   */
  commonLabels?: {
    [k: string]: string;
  };
  /**
   * The WSO2 API Manager image every component runs (with its profile).
   */
  image?: {
    /**
     * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
     */
    registry?: string;
    /**
     * Image repository.
     */
    repository?: string;
    /**
     * Image tag.
     */
    tag?: string;
    /**
     * Image digest (sha256:…); when set it is used instead of the tag.
     */
    digest?: string;
    /**
     * When the kubelet pulls the image.
     */
    pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  };
  /**
   * Pull secrets for private registries.
   */
  imagePullSecrets?: IoK8SApiCoreV1LocalObjectReference[] | null;
  /**
   * Where the product is installed inside the image (its scripts, dbscripts and jars are read from there).
   */
  productHome?: string;
  /**
   * JVM heap options of every product container, passed as JVM_MEM_OPTS. The default sizes the heap from the container's memory limit instead of the start script's fixed -Xmx1024m.
   */
  jvmMemoryOptions?: string;
  /**
   * The ServiceAccount the pods run as.
   */
  serviceAccount?: {
    /**
     * Create a ServiceAccount for the release.
     */
    create?: boolean;
    /**
     * Name of the ServiceAccount; empty derives it from the release.
     */
    name?: string;
    /**
     * Annotations for the ServiceAccount (e.g. cloud IAM bindings).
     */
    annotations?: {
      [k: string]: string;
    };
  };
  /**
   * The super-admin account. No default password: leave `password` empty to have one generated at install and kept across upgrades, or name an `existingSecret`.
   */
  adminCredentials?: {
    /**
     * Super-admin user name.
     */
    username?: string;
    /**
     * Super-admin password; empty generates a random one.
     */
    password?: string;
    /**
     * Secret holding the credentials (keys `username` and `password`); used instead of the two values above.
     */
    existingSecret?: string;
  };
  /**
   * The databases every role shares. `evaluation` runs one H2 server from the product image, its tables created from the product's own scripts: for trying the chart, not for production. Production uses an external mysql, postgresql, mssql, oracle database.
   */
  database?: {
    /**
     * Database engine: `evaluation`, or the engine of an external database.
     */
    type?: 'evaluation' | 'mysql' | 'postgresql' | 'mssql' | 'oracle';
    /**
     * External database server host name.
     */
    host?: string;
    /**
     * External database server port; null uses the engine default.
     */
    port?: number | null;
    /**
     * Database names, by the product's configuration key.
     */
    names?: {
      /**
       * The API Manager database: APIs, applications, subscriptions, tokens, gateway artifacts.
       */
      apim_db?: string;
      /**
       * The shared database: registry and user store.
       */
      shared_db?: string;
    };
    /**
     * Secret with the database `username` and `password`; required for an external database. For `evaluation`, empty generates credentials at install and keeps them.
     */
    existingSecret?: string;
    /**
     * The JDBC driver of an external database, copied from an image into repository/components/lib at start-up (never downloaded at run time).
     */
    jdbcDriver?: {
      /**
       * Image that contains the driver jar.
       */
      image?: {
        /**
         * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
         */
        registry?: string;
        /**
         * Image repository.
         */
        repository?: string;
        /**
         * Image tag.
         */
        tag?: string;
        /**
         * Image digest (sha256:…); when set it is used instead of the tag.
         */
        digest?: string;
      };
      /**
       * Path of the driver jar inside that image.
       */
      jarPath?: string;
    };
    /**
     * The evaluation database server (used when `type` is `evaluation`).
     */
    evaluation?: {
      /**
       * Password of its `wso2carbon` user; empty generates one at install and keeps it across upgrades (set it, or `existingSecret`, where every render must be the same, e.g. GitOps).
       */
      password?: string;
      /**
       * Keep the data on a PersistentVolumeClaim; off, the data lives as long as the pod.
       */
      persistence?: {
        /**
         * Claim persistent storage for the database.
         */
        enabled?: boolean;
        /**
         * StorageClass of the claim; empty uses the cluster default.
         */
        storageClass?: string;
        /**
         * Requested size.
         */
        size?: string;
      };
      /**
       * Requests and limits of the database server.
       */
      resources?: IoK8SApiCoreV1ResourceRequirements | null;
    };
  };
  /**
   * Keystores and truststores from a Secret instead of the ones in the image.
   */
  keystores?: {
    /**
     * Secret whose keys are keystore files and `password`; empty keeps the image's keystores.
     */
    existingSecret?: string;
    /**
     * Keys of the Secret mounted as files into repository/resources/security.
     */
    files?: string[];
    /**
     * The primary keystore: signs tokens and encrypts internal data.
     */
    primary?: {
      /**
       * File name in repository/resources/security (a key of the Secret).
       */
      fileName?: string;
      /**
       * Keystore type.
       */
      type?: 'JKS' | 'PKCS12';
      /**
       * Alias of the private key.
       */
      alias?: string;
    };
    /**
     * The keystore of the HTTPS transports; empty file name uses the primary one.
     */
    tls?: {
      /**
       * File name in repository/resources/security (a key of the Secret).
       */
      fileName?: string;
      /**
       * Keystore type.
       */
      type?: 'JKS' | 'PKCS12';
      /**
       * Alias of the private key.
       */
      alias?: string;
    };
    /**
     * The internal keystore (encrypts secrets in the configuration); empty file name uses the primary one.
     */
    internal?: {
      /**
       * File name in repository/resources/security (a key of the Secret).
       */
      fileName?: string;
      /**
       * Keystore type.
       */
      type?: 'JKS' | 'PKCS12';
      /**
       * Alias of the private key.
       */
      alias?: string;
    };
    /**
     * The truststore.
     */
    truststore?: {
      /**
       * File name in repository/resources/security (a key of the Secret).
       */
      fileName?: string;
      /**
       * Keystore type.
       */
      type?: 'JKS' | 'PKCS12';
    };
  };
  /**
   * How clustered components find each other (Carbon Kubernetes membership scheme).
   */
  clusterDiscovery?: {
    /**
     * Resolve members through DNS of the headless Services instead of the Kubernetes API.
     */
    useDNS?: boolean;
    /**
     * Port Hazelcast members talk on.
     */
    hazelcastPort?: number;
    /**
     * The Kubernetes membership scheme jar, which the WSO2 API Manager image does not carry; copied from an image into repository/components/dropins (never downloaded). Required when a component enables clustering.
     */
    membershipScheme?: {
      /**
       * Image that contains the jar.
       */
      image?: {
        /**
         * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
         */
        registry?: string;
        /**
         * Image repository.
         */
        repository?: string;
        /**
         * Image tag.
         */
        tag?: string;
        /**
         * Image digest (sha256:…); when set it is used instead of the tag.
         */
        digest?: string;
      };
      /**
       * Path of the jar inside that image.
       */
      jarPath?: string;
    };
  };
  /**
   * How gatewayWorker receive deployed artifacts (repository/deployment/server/synapse-configs) from gatewayManager.
   */
  artifactSync?: {
    /**
     * `inbuilt`: the product's own synchronizer (the publisher saves artifacts in the shared database, gateways retrieve them on deployment events); `rsync`: an rsync daemon beside gatewayManager and rsync clients beside the targets; `sharedVolume`: one ReadWriteMany volume mounted by all. rsync and sharedVolume need gatewayManager.enabled.
     */
    mode?: 'inbuilt' | 'rsync' | 'sharedVolume';
    /**
     * The rsync sidecars.
     */
    rsync?: {
      /**
       * Image with rsync, run as the product user.
       */
      image?: {
        /**
         * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
         */
        registry?: string;
        /**
         * Image repository.
         */
        repository?: string;
        /**
         * Image tag.
         */
        tag?: string;
        /**
         * Image digest (sha256:…); when set it is used instead of the tag.
         */
        digest?: string;
      };
      /**
       * Port of the rsync daemon (unprivileged).
       */
      port?: number;
      /**
       * Seconds between two syncs on each target.
       */
      intervalSeconds?: number;
      /**
       * Secret with the rsync `password`; empty generates one at install and keeps it.
       */
      existingSecret?: string;
      /**
       * Requests and limits of each rsync container.
       */
      resources?: IoK8SApiCoreV1ResourceRequirements | null;
    };
    /**
     * The shared volume.
     */
    sharedVolume?: {
      /**
       * StorageClass with ReadWriteMany support (e.g. NFS, CephFS, EFS); empty uses the default.
       */
      storageClass?: string;
      /**
       * Requested size.
       */
      size?: string;
      /**
       * Use this existing ReadWriteMany claim instead of creating one.
       */
      existingClaim?: string;
    };
  };
  /**
   * Resource and application monitoring.
   */
  metrics?: {
    /**
     * Add Prometheus scrape annotations to the pods (needs a metrics exporter in the image, e.g. the JMX exporter agent).
     */
    enabled?: boolean;
    /**
     * Port the metrics endpoint listens on.
     */
    port?: number;
    /**
     * Path of the metrics endpoint.
     */
    path?: string;
    /**
     * A Prometheus Operator ServiceMonitor; created only when the cluster serves monitoring.coreos.com/v1.
     */
    serviceMonitor?: {
      /**
       * Create the ServiceMonitor.
       */
      enabled?: boolean;
      /**
       * Scrape interval.
       */
      interval?: string;
    };
  };
  /**
   * NetworkPolicies that isolate the release: its pods accept traffic only from each other and from the allowed namespaces.
   */
  networkPolicy?: {
    /**
     * Create a NetworkPolicy per component.
     */
    enabled?: boolean;
    /**
     * Accept traffic from any pod and namespace on the component ports (turn off to isolate a tenant namespace).
     */
    allowExternal?: boolean;
    /**
     * Namespaces (by label) whose pods may reach the components, e.g. the ingress controller's.
     */
    ingressNamespaceSelector?: {
      [k: string]: string;
    };
  };
  /**
   * The `helm test` pod that checks every component answers on its Service.
   */
  tests?: {
    /**
     * Image with curl.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
  };
  /**
   * Developer portal (the whitepaper's API Store): where application developers discover and subscribe to APIs.
   */
  store?: {
    /**
     * Deploy this component.
     */
    enabled?: boolean;
    /**
     * Start-up profile, passed to the image as PROFILE_NAME (its entrypoint optimises the distribution for it); empty runs the default profile. Role: devportal of WSO2 API Manager 3.2.0.
     */
    profile?: string;
    /**
     * Further start-up arguments for the product.
     */
    extraArgs?: string[];
    /**
     * The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.
     */
    controller?: 'Deployment' | 'StatefulSet';
    /**
     * Pods to run when autoscaling is off (at most 1000; larger fleets scale with `autoscaling`).
     */
    replicaCount?: number;
    /**
     * Overrides of the chart-level `image` for this component; empty fields inherit it.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
    /**
     * Ports the product listens on, by name. Every port is exposed on the component Service.
     */
    ports?: {
      /**
       * Management console, portals and admin services (HTTPS).
       */
      'servlet-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Servlet transport (HTTP); serves /services/Version.
       */
      'servlet-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
    };
    /**
     * The Service that load-balances the component pods.
     */
    service?: {
      /**
       * Service type.
       */
      type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      /**
       * Annotations for the Service (e.g. for a cloud load balancer).
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * ClientIP keeps a client on one pod (sticky sessions for the management console).
       */
      sessionAffinity?: 'None' | 'ClientIP';
      /**
       * How long ClientIP affinity lasts.
       */
      sessionAffinityTimeoutSeconds?: number;
    };
    /**
     * Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.
     */
    startupProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Liveness probe: the kubelet restarts the container when it fails (auto-healing).
     */
    livenessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Readiness probe: the pod receives traffic only while it passes.
     */
    readinessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.
     */
    lifecycle?: IoK8SApiCoreV1Lifecycle | null;
    /**
     * CPU and memory requests and limits of the product container.
     */
    resources?: IoK8SApiCoreV1ResourceRequirements | null;
    /**
     * Pod security context; meets the restricted Pod Security Standard.
     */
    podSecurityContext?: IoK8SApiCoreV1PodSecurityContext | null;
    /**
     * Container security context. The root filesystem stays writable because Carbon writes under its home at run time.
     */
    containerSecurityContext?: IoK8SApiCoreV1SecurityContext | null;
    /**
     * Rollout strategy: rolling updates replace pods without an outage.
     */
    updateStrategy?: IoK8SApiAppsV1DeploymentStrategy | null;
    /**
     * Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.
     */
    revisionHistoryLimit?: number;
    /**
     * Time the product gets to shut down gracefully.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.
     */
    autoscaling?: {
      /**
       * Create the HorizontalPodAutoscaler.
       */
      enabled?: boolean;
      /**
       * Lower bound of the replica count.
       */
      minReplicas?: number;
      /**
       * Upper bound of the replica count.
       */
      maxReplicas?: number;
      /**
       * Average CPU utilisation to aim for, in percent of requests.
       */
      targetCPUUtilizationPercentage?: number;
      /**
       * Average memory utilisation to aim for, in percent of requests.
       */
      targetMemoryUtilizationPercentage?: number;
    };
    /**
     * PodDisruptionBudget, created only when the component runs more than one pod.
     */
    podDisruptionBudget?: {
      /**
       * Create the PodDisruptionBudget when there is more than one pod.
       */
      create?: boolean;
      /**
       * Pods that may be down at once during voluntary disruptions (a number or a percentage).
       */
      maxUnavailable?: number | string;
    };
    /**
     * Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.
     */
    configFiles?: {
      /**
       * The product's repository/conf/deployment.toml.
       */
      'deployment.toml'?: {
        /**
         * Path relative to `productHome`.
         */
        path?: string;
        /**
         * File content (a Helm template).
         */
        content?: string;
      };
      [k: string]:
        | {
            /**
             * Path relative to the product home.
             */
            path: string;
            /**
             * File content; rendered with Helm `tpl`, so it may use the chart helpers.
             */
            content: string;
          }
        | {
            /**
             * Path relative to `productHome`.
             */
            path?: string;
            /**
             * File content (a Helm template).
             */
            content?: string;
          }
        | undefined;
    };
    /**
     * Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.
     */
    volumes?: {
      /**
       * The product logs, shared with sidecars.
       */
      logs?: {
        /**
         * Mount path; relative paths are below `productHome`.
         */
        path?: string;
        /**
         * A PersistentVolumeClaim instead of an emptyDir.
         */
        persistence?: {
          /**
           * Claim persistent storage for this volume.
           */
          enabled?: boolean;
          /**
           * StorageClass of the claim; empty uses the cluster default.
           */
          storageClass?: string;
          /**
           * Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.
           *
           * @minItems 1
           */
          accessModes?: [
            'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod',
            ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod')[]
          ];
          /**
           * Requested size.
           */
          size?: string;
          /**
           * Use this existing claim instead of creating one.
           */
          existingClaim?: string;
        };
      };
    };
    /**
     * Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).
     */
    sidecars?: IoK8SApiCoreV1Container[] | null;
    /**
     * Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).
     */
    initContainers?: IoK8SApiCoreV1Container[] | null;
    /**
     * Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.
     */
    clustering?: {
      /**
       * Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.
       */
      enabled?: boolean;
    };
    /**
     * An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.
     */
    ingress?: {
      /**
       * Create the Ingress.
       */
      enabled?: boolean;
      /**
       * IngressClass that serves it, e.g. nginx.
       */
      className?: string;
      /**
       * Host name routed to the component.
       */
      host?: string;
      /**
       * Path routed to the component.
       */
      path?: string;
      /**
       * How the path matches.
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      /**
       * Name of the component port the Ingress sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http';
      /**
       * Protocol from the ingress controller to the pods (NGINX annotation).
       */
      backendProtocol?: 'HTTP' | 'HTTPS';
      /**
       * Cookie-based session affinity at the ingress controller (NGINX annotations).
       */
      sticky?: boolean;
      /**
       * Further Ingress annotations.
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * TLS termination at the ingress controller.
       */
      tls?: {
        /**
         * Serve the host over TLS.
         */
        enabled?: boolean;
        /**
         * Secret with the certificate; empty derives `<fullname>-<component>-tls`.
         */
        secretName?: string;
      };
    };
    /**
     * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.
     */
    httpRoute?: {
      /**
       * Create the HTTPRoute.
       */
      enabled?: boolean;
      /**
       * The Gateways the route attaches to.
       *
       * @minItems 1
       */
      parentRefs?: [
        {
          name: string;
          namespace?: string;
          sectionName?: string;
        },
        ...{
          name: string;
          namespace?: string;
          sectionName?: string;
        }[]
      ];
      /**
       * Host names the route matches.
       */
      hostnames?: string[];
      /**
       * Path prefix routed to the component.
       */
      path?: string;
      /**
       * Name of the component port the route sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http';
    };
    /**
     * Extra environment variables for the product container.
     */
    extraEnvVars?: IoK8SApiCoreV1EnvVar[] | null;
    /**
     * Extra volumes for the pod.
     */
    extraVolumes?: IoK8SApiCoreV1Volume[] | null;
    /**
     * Extra volume mounts for the product container.
     */
    extraVolumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
    /**
     * Annotations for the pods.
     */
    podAnnotations?: {
      [k: string]: string;
    };
    /**
     * Extra labels for the pods (never used in selectors). Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
     */
    podLabels?: {
      [k: string]: string;
    };
    /**
     * Node labels the pods must match.
     */
    nodeSelector?: {
      [k: string]: string;
    };
    /**
     * Tolerations for node taints.
     */
    tolerations?: IoK8SApiCoreV1Toleration[] | null;
    /**
     * Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.
     */
    podAntiAffinityPreset?: 'none' | 'soft' | 'hard';
    /**
     * Node and pod affinity rules; replace the anti-affinity preset when set.
     */
    affinity?: IoK8SApiCoreV1Affinity | null;
    /**
     * How pods spread over zones and nodes.
     */
    topologySpreadConstraints?: IoK8SApiCoreV1TopologySpreadConstraint[] | null;
  };
  /**
   * API Publisher: where API creators design, document and publish APIs.
   */
  publisher?: {
    /**
     * Deploy this component.
     */
    enabled?: boolean;
    /**
     * Start-up profile, passed to the image as PROFILE_NAME (its entrypoint optimises the distribution for it); empty runs the default profile. Role: publisher of WSO2 API Manager 3.2.0.
     */
    profile?: string;
    /**
     * Further start-up arguments for the product.
     */
    extraArgs?: string[];
    /**
     * The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.
     */
    controller?: 'Deployment' | 'StatefulSet';
    /**
     * Pods to run when autoscaling is off (at most 1000; larger fleets scale with `autoscaling`).
     */
    replicaCount?: number;
    /**
     * Overrides of the chart-level `image` for this component; empty fields inherit it.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
    /**
     * Ports the product listens on, by name. Every port is exposed on the component Service.
     */
    ports?: {
      /**
       * Management console, portals and admin services (HTTPS).
       */
      'servlet-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Servlet transport (HTTP); serves /services/Version.
       */
      'servlet-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
    };
    /**
     * The Service that load-balances the component pods.
     */
    service?: {
      /**
       * Service type.
       */
      type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      /**
       * Annotations for the Service (e.g. for a cloud load balancer).
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * ClientIP keeps a client on one pod (sticky sessions for the management console).
       */
      sessionAffinity?: 'None' | 'ClientIP';
      /**
       * How long ClientIP affinity lasts.
       */
      sessionAffinityTimeoutSeconds?: number;
    };
    /**
     * Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.
     */
    startupProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Liveness probe: the kubelet restarts the container when it fails (auto-healing).
     */
    livenessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Readiness probe: the pod receives traffic only while it passes.
     */
    readinessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.
     */
    lifecycle?: IoK8SApiCoreV1Lifecycle | null;
    /**
     * CPU and memory requests and limits of the product container.
     */
    resources?: IoK8SApiCoreV1ResourceRequirements | null;
    /**
     * Pod security context; meets the restricted Pod Security Standard.
     */
    podSecurityContext?: IoK8SApiCoreV1PodSecurityContext | null;
    /**
     * Container security context. The root filesystem stays writable because Carbon writes under its home at run time.
     */
    containerSecurityContext?: IoK8SApiCoreV1SecurityContext | null;
    /**
     * Rollout strategy: rolling updates replace pods without an outage.
     */
    updateStrategy?: IoK8SApiAppsV1DeploymentStrategy | null;
    /**
     * Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.
     */
    revisionHistoryLimit?: number;
    /**
     * Time the product gets to shut down gracefully.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.
     */
    autoscaling?: {
      /**
       * Create the HorizontalPodAutoscaler.
       */
      enabled?: boolean;
      /**
       * Lower bound of the replica count.
       */
      minReplicas?: number;
      /**
       * Upper bound of the replica count.
       */
      maxReplicas?: number;
      /**
       * Average CPU utilisation to aim for, in percent of requests.
       */
      targetCPUUtilizationPercentage?: number;
      /**
       * Average memory utilisation to aim for, in percent of requests.
       */
      targetMemoryUtilizationPercentage?: number;
    };
    /**
     * PodDisruptionBudget, created only when the component runs more than one pod.
     */
    podDisruptionBudget?: {
      /**
       * Create the PodDisruptionBudget when there is more than one pod.
       */
      create?: boolean;
      /**
       * Pods that may be down at once during voluntary disruptions (a number or a percentage).
       */
      maxUnavailable?: number | string;
    };
    /**
     * Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.
     */
    configFiles?: {
      /**
       * The product's repository/conf/deployment.toml.
       */
      'deployment.toml'?: {
        /**
         * Path relative to `productHome`.
         */
        path?: string;
        /**
         * File content (a Helm template).
         */
        content?: string;
      };
      [k: string]:
        | {
            /**
             * Path relative to the product home.
             */
            path: string;
            /**
             * File content; rendered with Helm `tpl`, so it may use the chart helpers.
             */
            content: string;
          }
        | {
            /**
             * Path relative to `productHome`.
             */
            path?: string;
            /**
             * File content (a Helm template).
             */
            content?: string;
          }
        | undefined;
    };
    /**
     * Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.
     */
    volumes?: {
      /**
       * The product logs, shared with sidecars.
       */
      logs?: {
        /**
         * Mount path; relative paths are below `productHome`.
         */
        path?: string;
        /**
         * A PersistentVolumeClaim instead of an emptyDir.
         */
        persistence?: {
          /**
           * Claim persistent storage for this volume.
           */
          enabled?: boolean;
          /**
           * StorageClass of the claim; empty uses the cluster default.
           */
          storageClass?: string;
          /**
           * Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.
           *
           * @minItems 1
           */
          accessModes?: [
            'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod',
            ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod')[]
          ];
          /**
           * Requested size.
           */
          size?: string;
          /**
           * Use this existing claim instead of creating one.
           */
          existingClaim?: string;
        };
      };
    };
    /**
     * Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).
     */
    sidecars?: IoK8SApiCoreV1Container[] | null;
    /**
     * Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).
     */
    initContainers?: IoK8SApiCoreV1Container[] | null;
    /**
     * Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.
     */
    clustering?: {
      /**
       * Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.
       */
      enabled?: boolean;
    };
    /**
     * An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.
     */
    ingress?: {
      /**
       * Create the Ingress.
       */
      enabled?: boolean;
      /**
       * IngressClass that serves it, e.g. nginx.
       */
      className?: string;
      /**
       * Host name routed to the component.
       */
      host?: string;
      /**
       * Path routed to the component.
       */
      path?: string;
      /**
       * How the path matches.
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      /**
       * Name of the component port the Ingress sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http';
      /**
       * Protocol from the ingress controller to the pods (NGINX annotation).
       */
      backendProtocol?: 'HTTP' | 'HTTPS';
      /**
       * Cookie-based session affinity at the ingress controller (NGINX annotations).
       */
      sticky?: boolean;
      /**
       * Further Ingress annotations.
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * TLS termination at the ingress controller.
       */
      tls?: {
        /**
         * Serve the host over TLS.
         */
        enabled?: boolean;
        /**
         * Secret with the certificate; empty derives `<fullname>-<component>-tls`.
         */
        secretName?: string;
      };
    };
    /**
     * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.
     */
    httpRoute?: {
      /**
       * Create the HTTPRoute.
       */
      enabled?: boolean;
      /**
       * The Gateways the route attaches to.
       *
       * @minItems 1
       */
      parentRefs?: [
        {
          name: string;
          namespace?: string;
          sectionName?: string;
        },
        ...{
          name: string;
          namespace?: string;
          sectionName?: string;
        }[]
      ];
      /**
       * Host names the route matches.
       */
      hostnames?: string[];
      /**
       * Path prefix routed to the component.
       */
      path?: string;
      /**
       * Name of the component port the route sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http';
    };
    /**
     * Extra environment variables for the product container.
     */
    extraEnvVars?: IoK8SApiCoreV1EnvVar[] | null;
    /**
     * Extra volumes for the pod.
     */
    extraVolumes?: IoK8SApiCoreV1Volume[] | null;
    /**
     * Extra volume mounts for the product container.
     */
    extraVolumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
    /**
     * Annotations for the pods.
     */
    podAnnotations?: {
      [k: string]: string;
    };
    /**
     * Extra labels for the pods (never used in selectors). Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
     */
    podLabels?: {
      [k: string]: string;
    };
    /**
     * Node labels the pods must match.
     */
    nodeSelector?: {
      [k: string]: string;
    };
    /**
     * Tolerations for node taints.
     */
    tolerations?: IoK8SApiCoreV1Toleration[] | null;
    /**
     * Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.
     */
    podAntiAffinityPreset?: 'none' | 'soft' | 'hard';
    /**
     * Node and pod affinity rules; replace the anti-affinity preset when set.
     */
    affinity?: IoK8SApiCoreV1Affinity | null;
    /**
     * How pods spread over zones and nodes.
     */
    topologySpreadConstraints?: IoK8SApiCoreV1TopologySpreadConstraint[] | null;
  };
  /**
   * Key Manager: issues and validates OAuth tokens and API keys.
   */
  keyManager?: {
    /**
     * Deploy this component.
     */
    enabled?: boolean;
    /**
     * Start-up profile, passed to the image as PROFILE_NAME (its entrypoint optimises the distribution for it); empty runs the default profile. Role: keyManager of WSO2 API Manager 3.2.0.
     */
    profile?: string;
    /**
     * Further start-up arguments for the product.
     */
    extraArgs?: string[];
    /**
     * The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.
     */
    controller?: 'Deployment' | 'StatefulSet';
    /**
     * Pods to run when autoscaling is off (at most 1000; larger fleets scale with `autoscaling`).
     */
    replicaCount?: number;
    /**
     * Overrides of the chart-level `image` for this component; empty fields inherit it.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
    /**
     * Ports the product listens on, by name. Every port is exposed on the component Service.
     */
    ports?: {
      /**
       * Management console, portals and admin services (HTTPS).
       */
      'servlet-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Servlet transport (HTTP); serves /services/Version.
       */
      'servlet-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
    };
    /**
     * The Service that load-balances the component pods.
     */
    service?: {
      /**
       * Service type.
       */
      type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      /**
       * Annotations for the Service (e.g. for a cloud load balancer).
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * ClientIP keeps a client on one pod (sticky sessions for the management console).
       */
      sessionAffinity?: 'None' | 'ClientIP';
      /**
       * How long ClientIP affinity lasts.
       */
      sessionAffinityTimeoutSeconds?: number;
    };
    /**
     * Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.
     */
    startupProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Liveness probe: the kubelet restarts the container when it fails (auto-healing).
     */
    livenessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Readiness probe: the pod receives traffic only while it passes.
     */
    readinessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.
     */
    lifecycle?: IoK8SApiCoreV1Lifecycle | null;
    /**
     * CPU and memory requests and limits of the product container.
     */
    resources?: IoK8SApiCoreV1ResourceRequirements | null;
    /**
     * Pod security context; meets the restricted Pod Security Standard.
     */
    podSecurityContext?: IoK8SApiCoreV1PodSecurityContext | null;
    /**
     * Container security context. The root filesystem stays writable because Carbon writes under its home at run time.
     */
    containerSecurityContext?: IoK8SApiCoreV1SecurityContext | null;
    /**
     * Rollout strategy: rolling updates replace pods without an outage.
     */
    updateStrategy?: IoK8SApiAppsV1DeploymentStrategy | null;
    /**
     * Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.
     */
    revisionHistoryLimit?: number;
    /**
     * Time the product gets to shut down gracefully.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.
     */
    autoscaling?: {
      /**
       * Create the HorizontalPodAutoscaler.
       */
      enabled?: boolean;
      /**
       * Lower bound of the replica count.
       */
      minReplicas?: number;
      /**
       * Upper bound of the replica count.
       */
      maxReplicas?: number;
      /**
       * Average CPU utilisation to aim for, in percent of requests.
       */
      targetCPUUtilizationPercentage?: number;
      /**
       * Average memory utilisation to aim for, in percent of requests.
       */
      targetMemoryUtilizationPercentage?: number;
    };
    /**
     * PodDisruptionBudget, created only when the component runs more than one pod.
     */
    podDisruptionBudget?: {
      /**
       * Create the PodDisruptionBudget when there is more than one pod.
       */
      create?: boolean;
      /**
       * Pods that may be down at once during voluntary disruptions (a number or a percentage).
       */
      maxUnavailable?: number | string;
    };
    /**
     * Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.
     */
    configFiles?: {
      /**
       * The product's repository/conf/deployment.toml.
       */
      'deployment.toml'?: {
        /**
         * Path relative to `productHome`.
         */
        path?: string;
        /**
         * File content (a Helm template).
         */
        content?: string;
      };
      [k: string]:
        | {
            /**
             * Path relative to the product home.
             */
            path: string;
            /**
             * File content; rendered with Helm `tpl`, so it may use the chart helpers.
             */
            content: string;
          }
        | {
            /**
             * Path relative to `productHome`.
             */
            path?: string;
            /**
             * File content (a Helm template).
             */
            content?: string;
          }
        | undefined;
    };
    /**
     * Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.
     */
    volumes?: {
      /**
       * The product logs, shared with sidecars.
       */
      logs?: {
        /**
         * Mount path; relative paths are below `productHome`.
         */
        path?: string;
        /**
         * A PersistentVolumeClaim instead of an emptyDir.
         */
        persistence?: {
          /**
           * Claim persistent storage for this volume.
           */
          enabled?: boolean;
          /**
           * StorageClass of the claim; empty uses the cluster default.
           */
          storageClass?: string;
          /**
           * Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.
           *
           * @minItems 1
           */
          accessModes?: [
            'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod',
            ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod')[]
          ];
          /**
           * Requested size.
           */
          size?: string;
          /**
           * Use this existing claim instead of creating one.
           */
          existingClaim?: string;
        };
      };
    };
    /**
     * Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).
     */
    sidecars?: IoK8SApiCoreV1Container[] | null;
    /**
     * Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).
     */
    initContainers?: IoK8SApiCoreV1Container[] | null;
    /**
     * Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.
     */
    clustering?: {
      /**
       * Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.
       */
      enabled?: boolean;
    };
    /**
     * An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.
     */
    ingress?: {
      /**
       * Create the Ingress.
       */
      enabled?: boolean;
      /**
       * IngressClass that serves it, e.g. nginx.
       */
      className?: string;
      /**
       * Host name routed to the component.
       */
      host?: string;
      /**
       * Path routed to the component.
       */
      path?: string;
      /**
       * How the path matches.
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      /**
       * Name of the component port the Ingress sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http';
      /**
       * Protocol from the ingress controller to the pods (NGINX annotation).
       */
      backendProtocol?: 'HTTP' | 'HTTPS';
      /**
       * Cookie-based session affinity at the ingress controller (NGINX annotations).
       */
      sticky?: boolean;
      /**
       * Further Ingress annotations.
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * TLS termination at the ingress controller.
       */
      tls?: {
        /**
         * Serve the host over TLS.
         */
        enabled?: boolean;
        /**
         * Secret with the certificate; empty derives `<fullname>-<component>-tls`.
         */
        secretName?: string;
      };
    };
    /**
     * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.
     */
    httpRoute?: {
      /**
       * Create the HTTPRoute.
       */
      enabled?: boolean;
      /**
       * The Gateways the route attaches to.
       *
       * @minItems 1
       */
      parentRefs?: [
        {
          name: string;
          namespace?: string;
          sectionName?: string;
        },
        ...{
          name: string;
          namespace?: string;
          sectionName?: string;
        }[]
      ];
      /**
       * Host names the route matches.
       */
      hostnames?: string[];
      /**
       * Path prefix routed to the component.
       */
      path?: string;
      /**
       * Name of the component port the route sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http';
    };
    /**
     * Extra environment variables for the product container.
     */
    extraEnvVars?: IoK8SApiCoreV1EnvVar[] | null;
    /**
     * Extra volumes for the pod.
     */
    extraVolumes?: IoK8SApiCoreV1Volume[] | null;
    /**
     * Extra volume mounts for the product container.
     */
    extraVolumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
    /**
     * Annotations for the pods.
     */
    podAnnotations?: {
      [k: string]: string;
    };
    /**
     * Extra labels for the pods (never used in selectors). Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
     */
    podLabels?: {
      [k: string]: string;
    };
    /**
     * Node labels the pods must match.
     */
    nodeSelector?: {
      [k: string]: string;
    };
    /**
     * Tolerations for node taints.
     */
    tolerations?: IoK8SApiCoreV1Toleration[] | null;
    /**
     * Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.
     */
    podAntiAffinityPreset?: 'none' | 'soft' | 'hard';
    /**
     * Node and pod affinity rules; replace the anti-affinity preset when set.
     */
    affinity?: IoK8SApiCoreV1Affinity | null;
    /**
     * How pods spread over zones and nodes.
     */
    topologySpreadConstraints?: IoK8SApiCoreV1TopologySpreadConstraint[] | null;
  };
  /**
   * Traffic Manager: throttling decisions and the event hub every other role publishes to.
   */
  trafficManager?: {
    /**
     * Deploy this component.
     */
    enabled?: boolean;
    /**
     * Start-up profile, passed to the image as PROFILE_NAME (its entrypoint optimises the distribution for it); empty runs the default profile. Role: trafficManager of WSO2 API Manager 3.2.0.
     */
    profile?: string;
    /**
     * Further start-up arguments for the product.
     */
    extraArgs?: string[];
    /**
     * The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.
     */
    controller?: 'Deployment' | 'StatefulSet';
    /**
     * Pods to run when autoscaling is off (at most 1000; larger fleets scale with `autoscaling`).
     */
    replicaCount?: number;
    /**
     * Overrides of the chart-level `image` for this component; empty fields inherit it.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
    /**
     * Ports the product listens on, by name. Every port is exposed on the component Service.
     */
    ports?: {
      /**
       * Management console, portals and admin services (HTTPS).
       */
      'servlet-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Servlet transport (HTTP); serves /services/Version.
       */
      'servlet-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Binary transport: throttling events and the event hub (TCP).
       */
      binary?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Binary transport, authenticated (SSL).
       */
      'binary-ssl'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * JMS (AMQP) broker: throttle decisions and event notifications.
       */
      jms?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
    };
    /**
     * The Service that load-balances the component pods.
     */
    service?: {
      /**
       * Service type.
       */
      type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      /**
       * Annotations for the Service (e.g. for a cloud load balancer).
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * ClientIP keeps a client on one pod (sticky sessions for the management console).
       */
      sessionAffinity?: 'None' | 'ClientIP';
      /**
       * How long ClientIP affinity lasts.
       */
      sessionAffinityTimeoutSeconds?: number;
    };
    /**
     * Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.
     */
    startupProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Liveness probe: the kubelet restarts the container when it fails (auto-healing).
     */
    livenessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Readiness probe: the pod receives traffic only while it passes.
     */
    readinessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.
     */
    lifecycle?: IoK8SApiCoreV1Lifecycle | null;
    /**
     * CPU and memory requests and limits of the product container.
     */
    resources?: IoK8SApiCoreV1ResourceRequirements | null;
    /**
     * Pod security context; meets the restricted Pod Security Standard.
     */
    podSecurityContext?: IoK8SApiCoreV1PodSecurityContext | null;
    /**
     * Container security context. The root filesystem stays writable because Carbon writes under its home at run time.
     */
    containerSecurityContext?: IoK8SApiCoreV1SecurityContext | null;
    /**
     * Rollout strategy: rolling updates replace pods without an outage.
     */
    updateStrategy?: IoK8SApiAppsV1DeploymentStrategy | null;
    /**
     * Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.
     */
    revisionHistoryLimit?: number;
    /**
     * Time the product gets to shut down gracefully.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.
     */
    autoscaling?: {
      /**
       * Create the HorizontalPodAutoscaler.
       */
      enabled?: boolean;
      /**
       * Lower bound of the replica count.
       */
      minReplicas?: number;
      /**
       * Upper bound of the replica count.
       */
      maxReplicas?: number;
      /**
       * Average CPU utilisation to aim for, in percent of requests.
       */
      targetCPUUtilizationPercentage?: number;
      /**
       * Average memory utilisation to aim for, in percent of requests.
       */
      targetMemoryUtilizationPercentage?: number;
    };
    /**
     * PodDisruptionBudget, created only when the component runs more than one pod.
     */
    podDisruptionBudget?: {
      /**
       * Create the PodDisruptionBudget when there is more than one pod.
       */
      create?: boolean;
      /**
       * Pods that may be down at once during voluntary disruptions (a number or a percentage).
       */
      maxUnavailable?: number | string;
    };
    /**
     * Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.
     */
    configFiles?: {
      /**
       * The product's repository/conf/deployment.toml.
       */
      'deployment.toml'?: {
        /**
         * Path relative to `productHome`.
         */
        path?: string;
        /**
         * File content (a Helm template).
         */
        content?: string;
      };
      [k: string]:
        | {
            /**
             * Path relative to the product home.
             */
            path: string;
            /**
             * File content; rendered with Helm `tpl`, so it may use the chart helpers.
             */
            content: string;
          }
        | {
            /**
             * Path relative to `productHome`.
             */
            path?: string;
            /**
             * File content (a Helm template).
             */
            content?: string;
          }
        | undefined;
    };
    /**
     * Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.
     */
    volumes?: {
      /**
       * The product logs, shared with sidecars.
       */
      logs?: {
        /**
         * Mount path; relative paths are below `productHome`.
         */
        path?: string;
        /**
         * A PersistentVolumeClaim instead of an emptyDir.
         */
        persistence?: {
          /**
           * Claim persistent storage for this volume.
           */
          enabled?: boolean;
          /**
           * StorageClass of the claim; empty uses the cluster default.
           */
          storageClass?: string;
          /**
           * Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.
           *
           * @minItems 1
           */
          accessModes?: [
            'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod',
            ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod')[]
          ];
          /**
           * Requested size.
           */
          size?: string;
          /**
           * Use this existing claim instead of creating one.
           */
          existingClaim?: string;
        };
      };
    };
    /**
     * Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).
     */
    sidecars?: IoK8SApiCoreV1Container[] | null;
    /**
     * Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).
     */
    initContainers?: IoK8SApiCoreV1Container[] | null;
    /**
     * Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.
     */
    clustering?: {
      /**
       * Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.
       */
      enabled?: boolean;
    };
    /**
     * An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.
     */
    ingress?: {
      /**
       * Create the Ingress.
       */
      enabled?: boolean;
      /**
       * IngressClass that serves it, e.g. nginx.
       */
      className?: string;
      /**
       * Host name routed to the component.
       */
      host?: string;
      /**
       * Path routed to the component.
       */
      path?: string;
      /**
       * How the path matches.
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      /**
       * Name of the component port the Ingress sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http' | 'binary' | 'binary-ssl' | 'jms';
      /**
       * Protocol from the ingress controller to the pods (NGINX annotation).
       */
      backendProtocol?: 'HTTP' | 'HTTPS';
      /**
       * Cookie-based session affinity at the ingress controller (NGINX annotations).
       */
      sticky?: boolean;
      /**
       * Further Ingress annotations.
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * TLS termination at the ingress controller.
       */
      tls?: {
        /**
         * Serve the host over TLS.
         */
        enabled?: boolean;
        /**
         * Secret with the certificate; empty derives `<fullname>-<component>-tls`.
         */
        secretName?: string;
      };
    };
    /**
     * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.
     */
    httpRoute?: {
      /**
       * Create the HTTPRoute.
       */
      enabled?: boolean;
      /**
       * The Gateways the route attaches to.
       *
       * @minItems 1
       */
      parentRefs?: [
        {
          name: string;
          namespace?: string;
          sectionName?: string;
        },
        ...{
          name: string;
          namespace?: string;
          sectionName?: string;
        }[]
      ];
      /**
       * Host names the route matches.
       */
      hostnames?: string[];
      /**
       * Path prefix routed to the component.
       */
      path?: string;
      /**
       * Name of the component port the route sends traffic to.
       */
      port?: 'servlet-https' | 'servlet-http' | 'binary' | 'binary-ssl' | 'jms';
    };
    /**
     * Extra environment variables for the product container.
     */
    extraEnvVars?: IoK8SApiCoreV1EnvVar[] | null;
    /**
     * Extra volumes for the pod.
     */
    extraVolumes?: IoK8SApiCoreV1Volume[] | null;
    /**
     * Extra volume mounts for the product container.
     */
    extraVolumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
    /**
     * Annotations for the pods.
     */
    podAnnotations?: {
      [k: string]: string;
    };
    /**
     * Extra labels for the pods (never used in selectors). Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
     */
    podLabels?: {
      [k: string]: string;
    };
    /**
     * Node labels the pods must match.
     */
    nodeSelector?: {
      [k: string]: string;
    };
    /**
     * Tolerations for node taints.
     */
    tolerations?: IoK8SApiCoreV1Toleration[] | null;
    /**
     * Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.
     */
    podAntiAffinityPreset?: 'none' | 'soft' | 'hard';
    /**
     * Node and pod affinity rules; replace the anti-affinity preset when set.
     */
    affinity?: IoK8SApiCoreV1Affinity | null;
    /**
     * How pods spread over zones and nodes.
     */
    topologySpreadConstraints?: IoK8SApiCoreV1TopologySpreadConstraint[] | null;
  };
  /**
   * Gateway manager (the whitepaper's): a gateway-worker node the publisher deploys APIs to, which rsync or a shared volume hands to the workers. Off unless artifactSync.mode is rsync or sharedVolume.
   */
  gatewayManager?: {
    /**
     * Deploy this component.
     */
    enabled?: boolean;
    /**
     * Start-up profile, passed to the image as PROFILE_NAME (its entrypoint optimises the distribution for it); empty runs the default profile. Role: gatewayWorker of WSO2 API Manager 3.2.0.
     */
    profile?: string;
    /**
     * Further start-up arguments for the product.
     */
    extraArgs?: string[];
    /**
     * The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.
     */
    controller?: 'Deployment' | 'StatefulSet';
    /**
     * Pods to run when autoscaling is off (at most 1000; larger fleets scale with `autoscaling`).
     */
    replicaCount?: number;
    /**
     * Overrides of the chart-level `image` for this component; empty fields inherit it.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
    /**
     * Ports the product listens on, by name. Every port is exposed on the component Service.
     */
    ports?: {
      /**
       * API traffic (HTTPS pass-through).
       */
      'gateway-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * API traffic (HTTP pass-through).
       */
      'gateway-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * WebSocket APIs (wss).
       */
      'websocket-wss'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * WebSocket APIs (ws).
       */
      'websocket-ws'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Management console, portals and admin services (HTTPS).
       */
      'servlet-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Servlet transport (HTTP); serves /services/Version.
       */
      'servlet-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
    };
    /**
     * The Service that load-balances the component pods.
     */
    service?: {
      /**
       * Service type.
       */
      type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      /**
       * Annotations for the Service (e.g. for a cloud load balancer).
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * ClientIP keeps a client on one pod (sticky sessions for the management console).
       */
      sessionAffinity?: 'None' | 'ClientIP';
      /**
       * How long ClientIP affinity lasts.
       */
      sessionAffinityTimeoutSeconds?: number;
    };
    /**
     * Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.
     */
    startupProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Liveness probe: the kubelet restarts the container when it fails (auto-healing).
     */
    livenessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Readiness probe: the pod receives traffic only while it passes.
     */
    readinessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.
     */
    lifecycle?: IoK8SApiCoreV1Lifecycle | null;
    /**
     * CPU and memory requests and limits of the product container.
     */
    resources?: IoK8SApiCoreV1ResourceRequirements | null;
    /**
     * Pod security context; meets the restricted Pod Security Standard.
     */
    podSecurityContext?: IoK8SApiCoreV1PodSecurityContext | null;
    /**
     * Container security context. The root filesystem stays writable because Carbon writes under its home at run time.
     */
    containerSecurityContext?: IoK8SApiCoreV1SecurityContext | null;
    /**
     * Rollout strategy: rolling updates replace pods without an outage.
     */
    updateStrategy?: IoK8SApiAppsV1DeploymentStrategy | null;
    /**
     * Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.
     */
    revisionHistoryLimit?: number;
    /**
     * Time the product gets to shut down gracefully.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.
     */
    autoscaling?: {
      /**
       * Create the HorizontalPodAutoscaler.
       */
      enabled?: boolean;
      /**
       * Lower bound of the replica count.
       */
      minReplicas?: number;
      /**
       * Upper bound of the replica count.
       */
      maxReplicas?: number;
      /**
       * Average CPU utilisation to aim for, in percent of requests.
       */
      targetCPUUtilizationPercentage?: number;
      /**
       * Average memory utilisation to aim for, in percent of requests.
       */
      targetMemoryUtilizationPercentage?: number;
    };
    /**
     * PodDisruptionBudget, created only when the component runs more than one pod.
     */
    podDisruptionBudget?: {
      /**
       * Create the PodDisruptionBudget when there is more than one pod.
       */
      create?: boolean;
      /**
       * Pods that may be down at once during voluntary disruptions (a number or a percentage).
       */
      maxUnavailable?: number | string;
    };
    /**
     * Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.
     */
    configFiles?: {
      /**
       * The product's repository/conf/deployment.toml.
       */
      'deployment.toml'?: {
        /**
         * Path relative to `productHome`.
         */
        path?: string;
        /**
         * File content (a Helm template).
         */
        content?: string;
      };
      [k: string]:
        | {
            /**
             * Path relative to the product home.
             */
            path: string;
            /**
             * File content; rendered with Helm `tpl`, so it may use the chart helpers.
             */
            content: string;
          }
        | {
            /**
             * Path relative to `productHome`.
             */
            path?: string;
            /**
             * File content (a Helm template).
             */
            content?: string;
          }
        | undefined;
    };
    /**
     * Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.
     */
    volumes?: {
      /**
       * The product logs, shared with sidecars.
       */
      logs?: {
        /**
         * Mount path; relative paths are below `productHome`.
         */
        path?: string;
        /**
         * A PersistentVolumeClaim instead of an emptyDir.
         */
        persistence?: {
          /**
           * Claim persistent storage for this volume.
           */
          enabled?: boolean;
          /**
           * StorageClass of the claim; empty uses the cluster default.
           */
          storageClass?: string;
          /**
           * Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.
           *
           * @minItems 1
           */
          accessModes?: [
            'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod',
            ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod')[]
          ];
          /**
           * Requested size.
           */
          size?: string;
          /**
           * Use this existing claim instead of creating one.
           */
          existingClaim?: string;
        };
      };
    };
    /**
     * Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).
     */
    sidecars?: IoK8SApiCoreV1Container[] | null;
    /**
     * Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).
     */
    initContainers?: IoK8SApiCoreV1Container[] | null;
    /**
     * Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.
     */
    clustering?: {
      /**
       * Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.
       */
      enabled?: boolean;
    };
    /**
     * An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.
     */
    ingress?: {
      /**
       * Create the Ingress.
       */
      enabled?: boolean;
      /**
       * IngressClass that serves it, e.g. nginx.
       */
      className?: string;
      /**
       * Host name routed to the component.
       */
      host?: string;
      /**
       * Path routed to the component.
       */
      path?: string;
      /**
       * How the path matches.
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      /**
       * Name of the component port the Ingress sends traffic to.
       */
      port?: 'gateway-https' | 'gateway-http' | 'websocket-wss' | 'websocket-ws' | 'servlet-https' | 'servlet-http';
      /**
       * Protocol from the ingress controller to the pods (NGINX annotation).
       */
      backendProtocol?: 'HTTP' | 'HTTPS';
      /**
       * Cookie-based session affinity at the ingress controller (NGINX annotations).
       */
      sticky?: boolean;
      /**
       * Further Ingress annotations.
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * TLS termination at the ingress controller.
       */
      tls?: {
        /**
         * Serve the host over TLS.
         */
        enabled?: boolean;
        /**
         * Secret with the certificate; empty derives `<fullname>-<component>-tls`.
         */
        secretName?: string;
      };
    };
    /**
     * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.
     */
    httpRoute?: {
      /**
       * Create the HTTPRoute.
       */
      enabled?: boolean;
      /**
       * The Gateways the route attaches to.
       *
       * @minItems 1
       */
      parentRefs?: [
        {
          name: string;
          namespace?: string;
          sectionName?: string;
        },
        ...{
          name: string;
          namespace?: string;
          sectionName?: string;
        }[]
      ];
      /**
       * Host names the route matches.
       */
      hostnames?: string[];
      /**
       * Path prefix routed to the component.
       */
      path?: string;
      /**
       * Name of the component port the route sends traffic to.
       */
      port?: 'gateway-https' | 'gateway-http' | 'websocket-wss' | 'websocket-ws' | 'servlet-https' | 'servlet-http';
    };
    /**
     * Extra environment variables for the product container.
     */
    extraEnvVars?: IoK8SApiCoreV1EnvVar[] | null;
    /**
     * Extra volumes for the pod.
     */
    extraVolumes?: IoK8SApiCoreV1Volume[] | null;
    /**
     * Extra volume mounts for the product container.
     */
    extraVolumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
    /**
     * Annotations for the pods.
     */
    podAnnotations?: {
      [k: string]: string;
    };
    /**
     * Extra labels for the pods (never used in selectors). Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
     */
    podLabels?: {
      [k: string]: string;
    };
    /**
     * Node labels the pods must match.
     */
    nodeSelector?: {
      [k: string]: string;
    };
    /**
     * Tolerations for node taints.
     */
    tolerations?: IoK8SApiCoreV1Toleration[] | null;
    /**
     * Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.
     */
    podAntiAffinityPreset?: 'none' | 'soft' | 'hard';
    /**
     * Node and pod affinity rules; replace the anti-affinity preset when set.
     */
    affinity?: IoK8SApiCoreV1Affinity | null;
    /**
     * How pods spread over zones and nodes.
     */
    topologySpreadConstraints?: IoK8SApiCoreV1TopologySpreadConstraint[] | null;
  };
  /**
   * Gateway workers: serve API traffic; scaled out and autoscaled.
   */
  gatewayWorker?: {
    /**
     * Deploy this component.
     */
    enabled?: boolean;
    /**
     * Start-up profile, passed to the image as PROFILE_NAME (its entrypoint optimises the distribution for it); empty runs the default profile. Role: gatewayWorker of WSO2 API Manager 3.2.0.
     */
    profile?: string;
    /**
     * Further start-up arguments for the product.
     */
    extraArgs?: string[];
    /**
     * The controller that keeps the pods running and heals them: StatefulSet gives each pod a stable name and DNS identity.
     */
    controller?: 'Deployment' | 'StatefulSet';
    /**
     * Pods to run when autoscaling is off (at most 1000; larger fleets scale with `autoscaling`).
     */
    replicaCount?: number;
    /**
     * Overrides of the chart-level `image` for this component; empty fields inherit it.
     */
    image?: {
      /**
       * Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.
       */
      registry?: string;
      /**
       * Image repository.
       */
      repository?: string;
      /**
       * Image tag.
       */
      tag?: string;
      /**
       * Image digest (sha256:…); when set it is used instead of the tag.
       */
      digest?: string;
    };
    /**
     * Ports the product listens on, by name. Every port is exposed on the component Service.
     */
    ports?: {
      /**
       * API traffic (HTTPS pass-through).
       */
      'gateway-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * API traffic (HTTP pass-through).
       */
      'gateway-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * WebSocket APIs (wss).
       */
      'websocket-wss'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * WebSocket APIs (ws).
       */
      'websocket-ws'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Management console, portals and admin services (HTTPS).
       */
      'servlet-https'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
      /**
       * Servlet transport (HTTP); serves /services/Version.
       */
      'servlet-http'?: {
        /**
         * Port inside the container.
         */
        containerPort?: number;
        /**
         * Transport protocol.
         */
        protocol?: 'TCP' | 'UDP' | 'SCTP';
        /**
         * Application protocol hint for the Service (e.g. https); empty for none.
         */
        appProtocol?: string;
        /**
         * Fixed node port when `service.type` is NodePort or LoadBalancer; null lets Kubernetes choose.
         */
        nodePort?: number | null;
      };
    };
    /**
     * The Service that load-balances the component pods.
     */
    service?: {
      /**
       * Service type.
       */
      type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      /**
       * Annotations for the Service (e.g. for a cloud load balancer).
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * ClientIP keeps a client on one pod (sticky sessions for the management console).
       */
      sessionAffinity?: 'None' | 'ClientIP';
      /**
       * How long ClientIP affinity lasts.
       */
      sessionAffinityTimeoutSeconds?: number;
    };
    /**
     * Startup probe; set a handler to null to replace it (e.g. `httpGet: null` plus `exec: {...}`), or the whole probe to null to remove it.
     */
    startupProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Liveness probe: the kubelet restarts the container when it fails (auto-healing).
     */
    livenessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Readiness probe: the pod receives traffic only while it passes.
     */
    readinessProbe?: IoK8SApiCoreV1Probe | null;
    /**
     * Lifecycle hooks of the product container. The preStop hook waits for the endpoints to drop the pod, then stops the server gracefully.
     */
    lifecycle?: IoK8SApiCoreV1Lifecycle | null;
    /**
     * CPU and memory requests and limits of the product container.
     */
    resources?: IoK8SApiCoreV1ResourceRequirements | null;
    /**
     * Pod security context; meets the restricted Pod Security Standard.
     */
    podSecurityContext?: IoK8SApiCoreV1PodSecurityContext | null;
    /**
     * Container security context. The root filesystem stays writable because Carbon writes under its home at run time.
     */
    containerSecurityContext?: IoK8SApiCoreV1SecurityContext | null;
    /**
     * Rollout strategy: rolling updates replace pods without an outage.
     */
    updateStrategy?: IoK8SApiAppsV1DeploymentStrategy | null;
    /**
     * Old ReplicaSets kept for `helm rollback`/`kubectl rollout undo`.
     */
    revisionHistoryLimit?: number;
    /**
     * Time the product gets to shut down gracefully.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * HorizontalPodAutoscaler (autoscaling/v2); when enabled, the Deployment leaves `replicas` to it.
     */
    autoscaling?: {
      /**
       * Create the HorizontalPodAutoscaler.
       */
      enabled?: boolean;
      /**
       * Lower bound of the replica count.
       */
      minReplicas?: number;
      /**
       * Upper bound of the replica count.
       */
      maxReplicas?: number;
      /**
       * Average CPU utilisation to aim for, in percent of requests.
       */
      targetCPUUtilizationPercentage?: number;
      /**
       * Average memory utilisation to aim for, in percent of requests.
       */
      targetMemoryUtilizationPercentage?: number;
    };
    /**
     * PodDisruptionBudget, created only when the component runs more than one pod.
     */
    podDisruptionBudget?: {
      /**
       * Create the PodDisruptionBudget when there is more than one pod.
       */
      create?: boolean;
      /**
       * Pods that may be down at once during voluntary disruptions (a number or a percentage).
       */
      maxUnavailable?: number | string;
    };
    /**
     * Product configuration files mounted from a ConfigMap, by ConfigMap key. Content is rendered with `tpl`; a change rolls the pods.
     */
    configFiles?: {
      /**
       * The product's repository/conf/deployment.toml.
       */
      'deployment.toml'?: {
        /**
         * Path relative to `productHome`.
         */
        path?: string;
        /**
         * File content (a Helm template).
         */
        content?: string;
      };
      [k: string]:
        | {
            /**
             * Path relative to the product home.
             */
            path: string;
            /**
             * File content; rendered with Helm `tpl`, so it may use the chart helpers.
             */
            content: string;
          }
        | {
            /**
             * Path relative to `productHome`.
             */
            path?: string;
            /**
             * File content (a Helm template).
             */
            content?: string;
          }
        | undefined;
    };
    /**
     * Volumes mounted into the product container, by name; sidecars may mount them by the same name. Each is an emptyDir unless persistence is enabled.
     */
    volumes?: {
      /**
       * The product logs, shared with sidecars.
       */
      logs?: {
        /**
         * Mount path; relative paths are below `productHome`.
         */
        path?: string;
        /**
         * A PersistentVolumeClaim instead of an emptyDir.
         */
        persistence?: {
          /**
           * Claim persistent storage for this volume.
           */
          enabled?: boolean;
          /**
           * StorageClass of the claim; empty uses the cluster default.
           */
          storageClass?: string;
          /**
           * Access modes; ReadWriteMany lets every pod share the volume. ReadWriteOncePod goes alone.
           *
           * @minItems 1
           */
          accessModes?: [
            'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod',
            ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod')[]
          ];
          /**
           * Requested size.
           */
          size?: string;
          /**
           * Use this existing claim instead of creating one.
           */
          existingClaim?: string;
        };
      };
    };
    /**
     * Extra containers in the pod, sharing its volumes (e.g. a log shipper mounting `logs`). Passed to Kubernetes as given (not rendered as a template).
     */
    sidecars?: IoK8SApiCoreV1Container[] | null;
    /**
     * Extra init containers, run before the product starts. Passed to Kubernetes as given (not rendered as a template).
     */
    initContainers?: IoK8SApiCoreV1Container[] | null;
    /**
     * Hazelcast clustering of this component through the Carbon Kubernetes membership scheme.
     */
    clustering?: {
      /**
       * Join the pods of this component into one cluster; grants the pods read access to pods and endpoints.
       */
      enabled?: boolean;
    };
    /**
     * An Ingress (networking.k8s.io/v1) exposing the component on the well-known ports 80/443.
     */
    ingress?: {
      /**
       * Create the Ingress.
       */
      enabled?: boolean;
      /**
       * IngressClass that serves it, e.g. nginx.
       */
      className?: string;
      /**
       * Host name routed to the component.
       */
      host?: string;
      /**
       * Path routed to the component.
       */
      path?: string;
      /**
       * How the path matches.
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      /**
       * Name of the component port the Ingress sends traffic to.
       */
      port?: 'gateway-https' | 'gateway-http' | 'websocket-wss' | 'websocket-ws' | 'servlet-https' | 'servlet-http';
      /**
       * Protocol from the ingress controller to the pods (NGINX annotation).
       */
      backendProtocol?: 'HTTP' | 'HTTPS';
      /**
       * Cookie-based session affinity at the ingress controller (NGINX annotations).
       */
      sticky?: boolean;
      /**
       * Further Ingress annotations.
       */
      annotations?: {
        [k: string]: string;
      };
      /**
       * TLS termination at the ingress controller.
       */
      tls?: {
        /**
         * Serve the host over TLS.
         */
        enabled?: boolean;
        /**
         * Secret with the certificate; empty derives `<fullname>-<component>-tls`.
         */
        secretName?: string;
      };
    };
    /**
     * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1), for clusters that use Gateway API instead of Ingress.
     */
    httpRoute?: {
      /**
       * Create the HTTPRoute.
       */
      enabled?: boolean;
      /**
       * The Gateways the route attaches to.
       *
       * @minItems 1
       */
      parentRefs?: [
        {
          name: string;
          namespace?: string;
          sectionName?: string;
        },
        ...{
          name: string;
          namespace?: string;
          sectionName?: string;
        }[]
      ];
      /**
       * Host names the route matches.
       */
      hostnames?: string[];
      /**
       * Path prefix routed to the component.
       */
      path?: string;
      /**
       * Name of the component port the route sends traffic to.
       */
      port?: 'gateway-https' | 'gateway-http' | 'websocket-wss' | 'websocket-ws' | 'servlet-https' | 'servlet-http';
    };
    /**
     * Extra environment variables for the product container.
     */
    extraEnvVars?: IoK8SApiCoreV1EnvVar[] | null;
    /**
     * Extra volumes for the pod.
     */
    extraVolumes?: IoK8SApiCoreV1Volume[] | null;
    /**
     * Extra volume mounts for the product container.
     */
    extraVolumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
    /**
     * Annotations for the pods.
     */
    podAnnotations?: {
      [k: string]: string;
    };
    /**
     * Extra labels for the pods (never used in selectors). Keys and values follow Kubernetes' label syntax; the chart's own `app.kubernetes.io/*` and `helm.sh/chart` keys cannot be set.
     */
    podLabels?: {
      [k: string]: string;
    };
    /**
     * Node labels the pods must match.
     */
    nodeSelector?: {
      [k: string]: string;
    };
    /**
     * Tolerations for node taints.
     */
    tolerations?: IoK8SApiCoreV1Toleration[] | null;
    /**
     * Spread the pods over nodes: soft prefers different nodes, hard requires them; ignored when `affinity` is set.
     */
    podAntiAffinityPreset?: 'none' | 'soft' | 'hard';
    /**
     * Node and pod affinity rules; replace the anti-affinity preset when set.
     */
    affinity?: IoK8SApiCoreV1Affinity | null;
    /**
     * How pods spread over zones and nodes.
     */
    topologySpreadConstraints?: IoK8SApiCoreV1TopologySpreadConstraint[] | null;
  };
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.LocalObjectReference".
 */
export interface IoK8SApiCoreV1LocalObjectReference {
  /**
   * Name of the referent.
   */
  name?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ResourceRequirements".
 */
export interface IoK8SApiCoreV1ResourceRequirements {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
   */
  claims?: IoK8SApiCoreV1ResourceClaim[] | null;
  /**
   * Limits describes the maximum amount of compute resources allowed.
   */
  limits?: {
    [k: string]: IoK8SApimachineryPkgApiResourceQuantity;
  } | null;
  /**
   * Requests describes the minimum amount of compute resources required.
   */
  requests?: {
    [k: string]: IoK8SApimachineryPkgApiResourceQuantity;
  } | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ResourceClaim".
 */
export interface IoK8SApiCoreV1ResourceClaim {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used.
   */
  name: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Probe".
 */
export interface IoK8SApiCoreV1Probe {
  /**
   * Exec specifies the action to take.
   */
  exec?: IoK8SApiCoreV1ExecAction | null;
  /**
   * Minimum consecutive failures for the probe to be considered failed after having succeeded.
   */
  failureThreshold?: number | null;
  /**
   * GRPC specifies an action involving a GRPC port.
   */
  grpc?: IoK8SApiCoreV1GRPCAction | null;
  /**
   * HTTPGet specifies the http request to perform.
   */
  httpGet?: IoK8SApiCoreV1HTTPGetAction | null;
  /**
   * Number of seconds after the container has started before liveness probes are initiated.
   */
  initialDelaySeconds?: number | null;
  /**
   * How often (in seconds) to perform the probe.
   */
  periodSeconds?: number | null;
  /**
   * Minimum consecutive successes for the probe to be considered successful after having failed.
   */
  successThreshold?: number | null;
  /**
   * TCPSocket specifies an action involving a TCP port.
   */
  tcpSocket?: IoK8SApiCoreV1TCPSocketAction | null;
  /**
   * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
   */
  terminationGracePeriodSeconds?: number | null;
  /**
   * Number of seconds after which the probe times out.
   */
  timeoutSeconds?: number | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ExecAction".
 */
export interface IoK8SApiCoreV1ExecAction {
  /**
   * Command is the command line to execute inside the container, the working directory for the command is root ('/') in the container's filesystem.
   */
  command?: string[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.GRPCAction".
 */
export interface IoK8SApiCoreV1GRPCAction {
  /**
   * Port number of the gRPC service.
   */
  port: number;
  /**
   * Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
   */
  service?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.HTTPGetAction".
 */
export interface IoK8SApiCoreV1HTTPGetAction {
  /**
   * Host name to connect to, defaults to the pod IP.
   */
  host?: string | null;
  /**
   * Custom headers to set in the request.
   */
  httpHeaders?: IoK8SApiCoreV1HTTPHeader[] | null;
  /**
   * Path to access on the HTTP server.
   */
  path?: string | null;
  /**
   * Name or number of the port to access on the container.
   */
  port: IoK8SApimachineryPkgUtilIntstrIntOrString;
  /**
   * Scheme to use for connecting to the host.
   */
  scheme?: 'HTTP' | 'HTTPS' | '' | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.HTTPHeader".
 */
export interface IoK8SApiCoreV1HTTPHeader {
  /**
   * The header field name.
   */
  name: string;
  /**
   * The header field value
   */
  value: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.TCPSocketAction".
 */
export interface IoK8SApiCoreV1TCPSocketAction {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   */
  host?: string | null;
  /**
   * Number or name of the port to access on the container.
   */
  port: IoK8SApimachineryPkgUtilIntstrIntOrString;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Lifecycle".
 */
export interface IoK8SApiCoreV1Lifecycle {
  /**
   * PostStart is called immediately after a container is created.
   */
  postStart?: IoK8SApiCoreV1LifecycleHandler | null;
  /**
   * PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc.
   */
  preStop?: IoK8SApiCoreV1LifecycleHandler | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.LifecycleHandler".
 */
export interface IoK8SApiCoreV1LifecycleHandler {
  /**
   * Exec specifies the action to take.
   */
  exec?: IoK8SApiCoreV1ExecAction | null;
  /**
   * HTTPGet specifies the http request to perform.
   */
  httpGet?: IoK8SApiCoreV1HTTPGetAction | null;
  /**
   * Sleep represents the duration that the container should sleep before being terminated.
   */
  sleep?: IoK8SApiCoreV1SleepAction | null;
  /**
   * Deprecated.
   */
  tcpSocket?: IoK8SApiCoreV1TCPSocketAction | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SleepAction".
 */
export interface IoK8SApiCoreV1SleepAction {
  /**
   * Seconds is the number of seconds to sleep.
   */
  seconds: number;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PodSecurityContext".
 */
export interface IoK8SApiCoreV1PodSecurityContext {
  /**
   * appArmorProfile is the AppArmor options to use by the containers in this pod.
   */
  appArmorProfile?: IoK8SApiCoreV1AppArmorProfile | null;
  /**
   * A special supplemental group that applies to all containers in a pod.
   */
  fsGroup?: number | null;
  /**
   * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.
   */
  fsGroupChangePolicy?: 'OnRootMismatch' | 'Always' | '' | null;
  /**
   * The GID to run the entrypoint of the container process.
   */
  runAsGroup?: number | null;
  /**
   * Indicates that the container must run as a non-root user.
   */
  runAsNonRoot?: boolean | null;
  /**
   * The UID to run the entrypoint of the container process.
   */
  runAsUser?: number | null;
  /**
   * The SELinux context to be applied to all containers.
   */
  seLinuxOptions?: IoK8SApiCoreV1SELinuxOptions | null;
  /**
   * The seccomp options to use by the containers in this pod.
   */
  seccompProfile?: IoK8SApiCoreV1SeccompProfile | null;
  /**
   * A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process.
   */
  supplementalGroups?: number[] | null;
  /**
   * Sysctls hold a list of namespaced sysctls used for the pod.
   */
  sysctls?: IoK8SApiCoreV1Sysctl[] | null;
  /**
   * The Windows specific settings applied to all containers.
   */
  windowsOptions?: IoK8SApiCoreV1WindowsSecurityContextOptions | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.AppArmorProfile".
 */
export interface IoK8SApiCoreV1AppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used.
   */
  localhostProfile?: string | null;
  /**
   * type indicates which kind of AppArmor profile will be applied.
   */
  type: 'Localhost' | 'RuntimeDefault' | 'Unconfined';
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SELinuxOptions".
 */
export interface IoK8SApiCoreV1SELinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   */
  level?: string | null;
  /**
   * Role is a SELinux role label that applies to the container.
   */
  role?: string | null;
  /**
   * Type is a SELinux type label that applies to the container.
   */
  type?: string | null;
  /**
   * User is a SELinux user label that applies to the container.
   */
  user?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SeccompProfile".
 */
export interface IoK8SApiCoreV1SeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used.
   */
  localhostProfile?: string | null;
  /**
   * type indicates which kind of seccomp profile will be applied.
   */
  type: 'Localhost' | 'RuntimeDefault' | 'Unconfined';
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Sysctl".
 */
export interface IoK8SApiCoreV1Sysctl {
  /**
   * Name of a property to set
   */
  name: string;
  /**
   * Value of a property to set
   */
  value: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.WindowsSecurityContextOptions".
 */
export interface IoK8SApiCoreV1WindowsSecurityContextOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
   */
  gmsaCredentialSpec?: string | null;
  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   */
  gmsaCredentialSpecName?: string | null;
  /**
   * HostProcess determines if a container should be run as a 'Host Process' container.
   */
  hostProcess?: boolean | null;
  /**
   * The UserName in Windows to run the entrypoint of the container process.
   */
  runAsUserName?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SecurityContext".
 */
export interface IoK8SApiCoreV1SecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process.
   */
  allowPrivilegeEscalation?: boolean | null;
  /**
   * appArmorProfile is the AppArmor options to use by this container.
   */
  appArmorProfile?: IoK8SApiCoreV1AppArmorProfile | null;
  /**
   * The capabilities to add/drop when running containers.
   */
  capabilities?: IoK8SApiCoreV1Capabilities | null;
  /**
   * Run container in privileged mode.
   */
  privileged?: boolean | null;
  /**
   * procMount denotes the type of proc mount to use for the containers.
   */
  procMount?: string | null;
  /**
   * Whether this container has a read-only root filesystem.
   */
  readOnlyRootFilesystem?: boolean | null;
  /**
   * The GID to run the entrypoint of the container process.
   */
  runAsGroup?: number | null;
  /**
   * Indicates that the container must run as a non-root user.
   */
  runAsNonRoot?: boolean | null;
  /**
   * The UID to run the entrypoint of the container process.
   */
  runAsUser?: number | null;
  /**
   * The SELinux context to be applied to the container.
   */
  seLinuxOptions?: IoK8SApiCoreV1SELinuxOptions | null;
  /**
   * The seccomp options to use by this container.
   */
  seccompProfile?: IoK8SApiCoreV1SeccompProfile | null;
  /**
   * The Windows specific settings applied to all containers.
   */
  windowsOptions?: IoK8SApiCoreV1WindowsSecurityContextOptions | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Capabilities".
 */
export interface IoK8SApiCoreV1Capabilities {
  /**
   * Added capabilities
   */
  add?: string[] | null;
  /**
   * Removed capabilities
   */
  drop?: string[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.apps.v1.DeploymentStrategy".
 */
export interface IoK8SApiAppsV1DeploymentStrategy {
  /**
   * Rolling update config params.
   */
  rollingUpdate?: IoK8SApiAppsV1RollingUpdateDeployment | null;
  /**
   * Type of deployment.
   */
  type?: 'Recreate' | 'RollingUpdate' | '' | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.apps.v1.RollingUpdateDeployment".
 */
export interface IoK8SApiAppsV1RollingUpdateDeployment {
  /**
   * The maximum number of pods that can be scheduled above the desired number of pods.
   */
  maxSurge?: IoK8SApimachineryPkgUtilIntstrIntOrString | null;
  /**
   * The maximum number of pods that can be unavailable during the update.
   */
  maxUnavailable?: IoK8SApimachineryPkgUtilIntstrIntOrString | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Container".
 */
export interface IoK8SApiCoreV1Container {
  /**
   * Arguments to the entrypoint.
   */
  args?: string[] | null;
  /**
   * Entrypoint array.
   */
  command?: string[] | null;
  /**
   * List of environment variables to set in the container.
   */
  env?: IoK8SApiCoreV1EnvVar[] | null;
  /**
   * List of sources to populate environment variables in the container.
   */
  envFrom?: IoK8SApiCoreV1EnvFromSource[] | null;
  /**
   * Container image name.
   */
  image?: string | null;
  /**
   * Image pull policy.
   */
  imagePullPolicy?: 'Always' | 'Never' | 'IfNotPresent' | '' | null;
  /**
   * Actions that the management system should take in response to container lifecycle events.
   */
  lifecycle?: IoK8SApiCoreV1Lifecycle | null;
  /**
   * Periodic probe of container liveness.
   */
  livenessProbe?: IoK8SApiCoreV1Probe | null;
  /**
   * Name of the container specified as a DNS_LABEL.
   */
  name: string;
  /**
   * List of ports to expose from the container.
   */
  ports?: IoK8SApiCoreV1ContainerPort[] | null;
  /**
   * Periodic probe of container service readiness.
   */
  readinessProbe?: IoK8SApiCoreV1Probe | null;
  /**
   * Resources resize policy for the container.
   */
  resizePolicy?: IoK8SApiCoreV1ContainerResizePolicy[] | null;
  /**
   * Compute Resources required by this container.
   */
  resources?: IoK8SApiCoreV1ResourceRequirements | null;
  /**
   * RestartPolicy defines the restart behavior of individual containers in a pod.
   */
  restartPolicy?: string | null;
  /**
   * SecurityContext defines the security options the container should be run with.
   */
  securityContext?: IoK8SApiCoreV1SecurityContext | null;
  /**
   * StartupProbe indicates that the Pod has successfully initialized.
   */
  startupProbe?: IoK8SApiCoreV1Probe | null;
  /**
   * Whether this container should allocate a buffer for stdin in the container runtime.
   */
  stdin?: boolean | null;
  /**
   * Whether the container runtime should close the stdin channel after it has been opened by a single attach.
   */
  stdinOnce?: boolean | null;
  /**
   * Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem.
   */
  terminationMessagePath?: string | null;
  /**
   * Indicate how the termination message should be populated.
   */
  terminationMessagePolicy?: 'File' | 'FallbackToLogsOnError' | '' | null;
  /**
   * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
   */
  tty?: boolean | null;
  /**
   * volumeDevices is the list of block devices to be used by the container.
   */
  volumeDevices?: IoK8SApiCoreV1VolumeDevice[] | null;
  /**
   * Pod volumes to mount into the container's filesystem.
   */
  volumeMounts?: IoK8SApiCoreV1VolumeMount[] | null;
  /**
   * Container's working directory.
   */
  workingDir?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.EnvVar".
 */
export interface IoK8SApiCoreV1EnvVar {
  /**
   * Name of the environment variable.
   */
  name: string;
  /**
   * Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.
   */
  value?: string | null;
  /**
   * Source for the environment variable's value.
   */
  valueFrom?: IoK8SApiCoreV1EnvVarSource | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.EnvVarSource".
 */
export interface IoK8SApiCoreV1EnvVarSource {
  /**
   * Selects a key of a ConfigMap.
   */
  configMapKeyRef?: IoK8SApiCoreV1ConfigMapKeySelector | null;
  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   */
  fieldRef?: IoK8SApiCoreV1ObjectFieldSelector | null;
  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   */
  resourceFieldRef?: IoK8SApiCoreV1ResourceFieldSelector | null;
  /**
   * Selects a key of a secret in the pod's namespace
   */
  secretKeyRef?: IoK8SApiCoreV1SecretKeySelector | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ConfigMapKeySelector".
 */
export interface IoK8SApiCoreV1ConfigMapKeySelector {
  /**
   * The key to select.
   */
  key: string;
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * Specify whether the ConfigMap or its key must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ObjectFieldSelector".
 */
export interface IoK8SApiCoreV1ObjectFieldSelector {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   */
  apiVersion?: string | null;
  /**
   * Path of the field to select in the specified API version.
   */
  fieldPath: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ResourceFieldSelector".
 */
export interface IoK8SApiCoreV1ResourceFieldSelector {
  /**
   * Container name: required for volumes, optional for env vars
   */
  containerName?: string | null;
  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   */
  divisor?: IoK8SApimachineryPkgApiResourceQuantity | null;
  /**
   * Required: resource to select
   */
  resource: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SecretKeySelector".
 */
export interface IoK8SApiCoreV1SecretKeySelector {
  /**
   * The key of the secret to select from.
   */
  key: string;
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * Specify whether the Secret or its key must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.EnvFromSource".
 */
export interface IoK8SApiCoreV1EnvFromSource {
  /**
   * The ConfigMap to select from
   */
  configMapRef?: IoK8SApiCoreV1ConfigMapEnvSource | null;
  /**
   * An optional identifier to prepend to each key in the ConfigMap.
   */
  prefix?: string | null;
  /**
   * The Secret to select from
   */
  secretRef?: IoK8SApiCoreV1SecretEnvSource | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ConfigMapEnvSource".
 */
export interface IoK8SApiCoreV1ConfigMapEnvSource {
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * Specify whether the ConfigMap must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SecretEnvSource".
 */
export interface IoK8SApiCoreV1SecretEnvSource {
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * Specify whether the Secret must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ContainerPort".
 */
export interface IoK8SApiCoreV1ContainerPort {
  /**
   * Number of port to expose on the pod's IP address.
   */
  containerPort: number;
  /**
   * What host IP to bind the external port to.
   */
  hostIP?: string | null;
  /**
   * Number of port to expose on the host.
   */
  hostPort?: number | null;
  /**
   * If specified, this must be an IANA_SVC_NAME and unique within the pod.
   */
  name?: string | null;
  /**
   * Protocol for port.
   */
  protocol?: 'TCP' | 'UDP' | 'SCTP' | '' | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ContainerResizePolicy".
 */
export interface IoK8SApiCoreV1ContainerResizePolicy {
  /**
   * Name of the resource to which this resource resize policy applies.
   */
  resourceName: string;
  /**
   * Restart policy to apply when specified resource is resized.
   */
  restartPolicy: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.VolumeDevice".
 */
export interface IoK8SApiCoreV1VolumeDevice {
  /**
   * devicePath is the path inside of the container that the device will be mapped to.
   */
  devicePath: string;
  /**
   * name must match the name of a persistentVolumeClaim in the pod
   */
  name: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.VolumeMount".
 */
export interface IoK8SApiCoreV1VolumeMount {
  /**
   * Path within the container at which the volume should be mounted.
   */
  mountPath: string;
  /**
   * mountPropagation determines how mounts are propagated from the host to container and the other way around.
   */
  mountPropagation?: string | null;
  /**
   * This must match the Name of a Volume.
   */
  name: string;
  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified).
   */
  readOnly?: boolean | null;
  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled recursively.
   */
  recursiveReadOnly?: string | null;
  /**
   * Path within the volume from which the container's volume should be mounted.
   */
  subPath?: string | null;
  /**
   * Expanded path within the volume from which the container's volume should be mounted.
   */
  subPathExpr?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Volume".
 */
export interface IoK8SApiCoreV1Volume {
  /**
   * awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod.
   */
  awsElasticBlockStore?: IoK8SApiCoreV1AWSElasticBlockStoreVolumeSource | null;
  /**
   * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
   */
  azureDisk?: IoK8SApiCoreV1AzureDiskVolumeSource | null;
  /**
   * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
   */
  azureFile?: IoK8SApiCoreV1AzureFileVolumeSource | null;
  /**
   * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
   */
  cephfs?: IoK8SApiCoreV1CephFSVolumeSource | null;
  /**
   * cinder represents a cinder volume attached and mounted on kubelets host machine.
   */
  cinder?: IoK8SApiCoreV1CinderVolumeSource | null;
  /**
   * configMap represents a configMap that should populate this volume
   */
  configMap?: IoK8SApiCoreV1ConfigMapVolumeSource | null;
  /**
   * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
   */
  csi?: IoK8SApiCoreV1CSIVolumeSource | null;
  /**
   * downwardAPI represents downward API about the pod that should populate this volume
   */
  downwardAPI?: IoK8SApiCoreV1DownwardAPIVolumeSource | null;
  /**
   * emptyDir represents a temporary directory that shares a pod's lifetime.
   */
  emptyDir?: IoK8SApiCoreV1EmptyDirVolumeSource | null;
  /**
   * ephemeral represents a volume that is handled by a cluster storage driver.
   */
  ephemeral?: IoK8SApiCoreV1EphemeralVolumeSource | null;
  /**
   * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
   */
  fc?: IoK8SApiCoreV1FCVolumeSource | null;
  /**
   * flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.
   */
  flexVolume?: IoK8SApiCoreV1FlexVolumeSource | null;
  /**
   * flocker represents a Flocker volume attached to a kubelet's host machine.
   */
  flocker?: IoK8SApiCoreV1FlockerVolumeSource | null;
  /**
   * gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod.
   */
  gcePersistentDisk?: IoK8SApiCoreV1GCEPersistentDiskVolumeSource | null;
  /**
   * gitRepo represents a git repository at a particular revision.
   */
  gitRepo?: IoK8SApiCoreV1GitRepoVolumeSource | null;
  /**
   * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
   */
  glusterfs?: IoK8SApiCoreV1GlusterfsVolumeSource | null;
  /**
   * hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container.
   */
  hostPath?: IoK8SApiCoreV1HostPathVolumeSource | null;
  /**
   * iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod.
   */
  iscsi?: IoK8SApiCoreV1ISCSIVolumeSource | null;
  /**
   * name of the volume.
   */
  name: string;
  /**
   * nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   */
  nfs?: IoK8SApiCoreV1NFSVolumeSource | null;
  /**
   * persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace.
   */
  persistentVolumeClaim?: IoK8SApiCoreV1PersistentVolumeClaimVolumeSource | null;
  /**
   * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
   */
  photonPersistentDisk?: IoK8SApiCoreV1PhotonPersistentDiskVolumeSource | null;
  /**
   * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
   */
  portworxVolume?: IoK8SApiCoreV1PortworxVolumeSource | null;
  /**
   * projected items for all in one resources secrets, configmaps, and downward API
   */
  projected?: IoK8SApiCoreV1ProjectedVolumeSource | null;
  /**
   * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
   */
  quobyte?: IoK8SApiCoreV1QuobyteVolumeSource | null;
  /**
   * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
   */
  rbd?: IoK8SApiCoreV1RBDVolumeSource | null;
  /**
   * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
   */
  scaleIO?: IoK8SApiCoreV1ScaleIOVolumeSource | null;
  /**
   * secret represents a secret that should populate this volume.
   */
  secret?: IoK8SApiCoreV1SecretVolumeSource | null;
  /**
   * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
   */
  storageos?: IoK8SApiCoreV1StorageOSVolumeSource | null;
  /**
   * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
   */
  vsphereVolume?: IoK8SApiCoreV1VsphereVirtualDiskVolumeSource | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource".
 */
export interface IoK8SApiCoreV1AWSElasticBlockStoreVolumeSource {
  /**
   * fsType is the filesystem type of the volume that you want to mount.
   */
  fsType?: string | null;
  /**
   * partition is the partition in the volume that you want to mount.
   */
  partition?: number | null;
  /**
   * readOnly value true will force the readOnly setting in VolumeMounts.
   */
  readOnly?: boolean | null;
  /**
   * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
   */
  volumeID: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.AzureDiskVolumeSource".
 */
export interface IoK8SApiCoreV1AzureDiskVolumeSource {
  /**
   * cachingMode is the Host Caching mode: None, Read Only, Read Write.
   */
  cachingMode?: string | null;
  /**
   * diskName is the Name of the data disk in the blob storage
   */
  diskName: string;
  /**
   * diskURI is the URI of data disk in the blob storage
   */
  diskURI: string;
  /**
   * fsType is Filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * kind expected values are Shared: multiple blob disks per storage account Dedicated: single blob disk per storage account Managed: azure managed data disk (only in managed availability set).
   */
  kind?: string | null;
  /**
   * readOnly Defaults to false (read/write).
   */
  readOnly?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.AzureFileVolumeSource".
 */
export interface IoK8SApiCoreV1AzureFileVolumeSource {
  /**
   * readOnly defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * secretName is the name of secret that contains Azure Storage Account Name and Key
   */
  secretName: string;
  /**
   * shareName is the azure share Name
   */
  shareName: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.CephFSVolumeSource".
 */
export interface IoK8SApiCoreV1CephFSVolumeSource {
  /**
   * monitors is Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   */
  monitors: string[];
  /**
   * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
   */
  path?: string | null;
  /**
   * readOnly is Optional: Defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   */
  secretFile?: string | null;
  /**
   * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
   */
  secretRef?: IoK8SApiCoreV1LocalObjectReference | null;
  /**
   * user is optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   */
  user?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.CinderVolumeSource".
 */
export interface IoK8SApiCoreV1CinderVolumeSource {
  /**
   * fsType is the filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * readOnly defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * secretRef is optional: points to a secret object containing parameters used to connect to OpenStack.
   */
  secretRef?: IoK8SApiCoreV1LocalObjectReference | null;
  /**
   * volumeID used to identify the volume in cinder.
   */
  volumeID: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ConfigMapVolumeSource".
 */
export interface IoK8SApiCoreV1ConfigMapVolumeSource {
  /**
   * defaultMode is optional: mode bits used to set permissions on created files by default.
   */
  defaultMode?: number | null;
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value.
   */
  items?: IoK8SApiCoreV1KeyToPath[] | null;
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * optional specify whether the ConfigMap or its keys must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.KeyToPath".
 */
export interface IoK8SApiCoreV1KeyToPath {
  /**
   * key is the key to project.
   */
  key: string;
  /**
   * mode is Optional: mode bits used to set permissions on this file.
   */
  mode?: number | null;
  /**
   * path is the relative path of the file to map the key to.
   */
  path: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.CSIVolumeSource".
 */
export interface IoK8SApiCoreV1CSIVolumeSource {
  /**
   * driver is the name of the CSI driver that handles this volume.
   */
  driver: string;
  /**
   * fsType to mount.
   */
  fsType?: string | null;
  /**
   * nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls.
   */
  nodePublishSecretRef?: IoK8SApiCoreV1LocalObjectReference | null;
  /**
   * readOnly specifies a read-only configuration for the volume.
   */
  readOnly?: boolean | null;
  /**
   * volumeAttributes stores driver-specific properties that are passed to the CSI driver.
   */
  volumeAttributes?: {
    [k: string]: string;
  } | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.DownwardAPIVolumeSource".
 */
export interface IoK8SApiCoreV1DownwardAPIVolumeSource {
  /**
   * Optional: mode bits to use on created files by default.
   */
  defaultMode?: number | null;
  /**
   * Items is a list of downward API volume file
   */
  items?: IoK8SApiCoreV1DownwardAPIVolumeFile[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.DownwardAPIVolumeFile".
 */
export interface IoK8SApiCoreV1DownwardAPIVolumeFile {
  /**
   * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
   */
  fieldRef?: IoK8SApiCoreV1ObjectFieldSelector | null;
  /**
   * Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   */
  mode?: number | null;
  /**
   * Required: Path is the relative path name of the file to be created.
   */
  path: string;
  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
   */
  resourceFieldRef?: IoK8SApiCoreV1ResourceFieldSelector | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.EmptyDirVolumeSource".
 */
export interface IoK8SApiCoreV1EmptyDirVolumeSource {
  /**
   * medium represents what type of storage medium should back this directory.
   */
  medium?: string | null;
  /**
   * sizeLimit is the total amount of local storage required for this EmptyDir volume.
   */
  sizeLimit?: IoK8SApimachineryPkgApiResourceQuantity | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.EphemeralVolumeSource".
 */
export interface IoK8SApiCoreV1EphemeralVolumeSource {
  /**
   * Will be used to create a stand-alone PVC to provision the volume.
   */
  volumeClaimTemplate?: IoK8SApiCoreV1PersistentVolumeClaimTemplate | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PersistentVolumeClaimTemplate".
 */
export interface IoK8SApiCoreV1PersistentVolumeClaimTemplate {
  /**
   * May contain labels and annotations that will be copied into the PVC when creating it.
   */
  metadata?: IoK8SApimachineryPkgApisMetaV1ObjectMeta | null;
  /**
   * The specification for the PersistentVolumeClaim.
   */
  spec: IoK8SApiCoreV1PersistentVolumeClaimSpec;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta".
 */
export interface IoK8SApimachineryPkgApisMetaV1ObjectMeta {
  /**
   * Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.
   */
  annotations?: {
    [k: string]: string;
  } | null;
  /**
   * CreationTimestamp is a timestamp representing the server time when this object was created.
   */
  creationTimestamp?: IoK8SApimachineryPkgApisMetaV1Time | null;
  /**
   * Number of seconds allowed for this object to gracefully terminate before it will be removed from the system.
   */
  deletionGracePeriodSeconds?: number | null;
  /**
   * DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted.
   */
  deletionTimestamp?: IoK8SApimachineryPkgApisMetaV1Time | null;
  /**
   * Must be empty before the object is deleted from the registry.
   */
  finalizers?: string[] | null;
  /**
   * GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.
   */
  generateName?: string | null;
  /**
   * A sequence number representing a specific generation of the desired state.
   */
  generation?: number | null;
  /**
   * Map of string keys and values that can be used to organize and categorize (scope and select) objects.
   */
  labels?: {
    [k: string]: string;
  } | null;
  /**
   * ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow.
   */
  managedFields?: IoK8SApimachineryPkgApisMetaV1ManagedFieldsEntry[] | null;
  /**
   * Name must be unique within a namespace.
   */
  name?: string | null;
  /**
   * Namespace defines the space within which each name must be unique.
   */
  namespace?: string | null;
  /**
   * List of objects depended by this object.
   */
  ownerReferences?: IoK8SApimachineryPkgApisMetaV1OwnerReference[] | null;
  /**
   * An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed.
   */
  resourceVersion?: string | null;
  /**
   * Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
   */
  selfLink?: string | null;
  /**
   * UID is the unique in time and space value for this object.
   */
  uid?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry".
 */
export interface IoK8SApimachineryPkgApisMetaV1ManagedFieldsEntry {
  /**
   * APIVersion defines the version of this resource that this field set applies to.
   */
  apiVersion?: string | null;
  /**
   * FieldsType is the discriminator for the different fields format and version.
   */
  fieldsType?: string | null;
  /**
   * FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
   */
  fieldsV1?: IoK8SApimachineryPkgApisMetaV1FieldsV1 | null;
  /**
   * Manager is an identifier of the workflow managing these fields.
   */
  manager?: string | null;
  /**
   * Operation is the type of operation which lead to this ManagedFieldsEntry being created.
   */
  operation?: string | null;
  /**
   * Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource.
   */
  subresource?: string | null;
  /**
   * Time is the timestamp of when the ManagedFields entry was added.
   */
  time?: IoK8SApimachineryPkgApisMetaV1Time | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1".
 */
export interface IoK8SApimachineryPkgApisMetaV1FieldsV1 {}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference".
 */
export interface IoK8SApimachineryPkgApisMetaV1OwnerReference {
  /**
   * API version of the referent.
   */
  apiVersion: string;
  /**
   * If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.
   */
  blockOwnerDeletion?: boolean | null;
  /**
   * If true, this reference points to the managing controller.
   */
  controller?: boolean | null;
  /**
   * Kind of the referent.
   */
  kind: string;
  /**
   * Name of the referent.
   */
  name: string;
  /**
   * UID of the referent.
   */
  uid: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PersistentVolumeClaimSpec".
 */
export interface IoK8SApiCoreV1PersistentVolumeClaimSpec {
  /**
   * accessModes contains the desired access modes the volume should have.
   */
  accessModes?: string[] | null;
  /**
   * dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source.
   */
  dataSource?: IoK8SApiCoreV1TypedLocalObjectReference | null;
  /**
   * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired.
   */
  dataSourceRef?: IoK8SApiCoreV1TypedObjectReference | null;
  /**
   * resources represents the minimum resources the volume should have.
   */
  resources?: IoK8SApiCoreV1VolumeResourceRequirements | null;
  /**
   * selector is a label query over volumes to consider for binding.
   */
  selector?: IoK8SApimachineryPkgApisMetaV1LabelSelector | null;
  /**
   * storageClassName is the name of the StorageClass required by the claim.
   */
  storageClassName?: string | null;
  /**
   * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
   */
  volumeAttributesClassName?: string | null;
  /**
   * volumeMode defines what type of volume is required by the claim.
   */
  volumeMode?: string | null;
  /**
   * volumeName is the binding reference to the PersistentVolume backing this claim.
   */
  volumeName?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.TypedLocalObjectReference".
 */
export interface IoK8SApiCoreV1TypedLocalObjectReference {
  /**
   * APIGroup is the group for the resource being referenced.
   */
  apiGroup?: string | null;
  /**
   * Kind is the type of resource being referenced
   */
  kind: string;
  /**
   * Name is the name of resource being referenced
   */
  name: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.TypedObjectReference".
 */
export interface IoK8SApiCoreV1TypedObjectReference {
  /**
   * APIGroup is the group for the resource being referenced.
   */
  apiGroup?: string | null;
  /**
   * Kind is the type of resource being referenced
   */
  kind: string;
  /**
   * Name is the name of resource being referenced
   */
  name: string;
  /**
   * Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference.
   */
  namespace?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.VolumeResourceRequirements".
 */
export interface IoK8SApiCoreV1VolumeResourceRequirements {
  /**
   * Limits describes the maximum amount of compute resources allowed.
   */
  limits?: {
    [k: string]: IoK8SApimachineryPkgApiResourceQuantity;
  } | null;
  /**
   * Requests describes the minimum amount of compute resources required.
   */
  requests?: {
    [k: string]: IoK8SApimachineryPkgApiResourceQuantity;
  } | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector".
 */
export interface IoK8SApimachineryPkgApisMetaV1LabelSelector {
  /**
   * matchExpressions is a list of label selector requirements.
   */
  matchExpressions?: IoK8SApimachineryPkgApisMetaV1LabelSelectorRequirement[] | null;
  /**
   * matchLabels is a map of {key,value} pairs.
   */
  matchLabels?: {
    [k: string]: string;
  } | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement".
 */
export interface IoK8SApimachineryPkgApisMetaV1LabelSelectorRequirement {
  /**
   * key is the label key that the selector applies to.
   */
  key: string;
  /**
   * operator represents a key's relationship to a set of values.
   */
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  /**
   * values is an array of string values.
   */
  values?: string[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.FCVolumeSource".
 */
export interface IoK8SApiCoreV1FCVolumeSource {
  /**
   * fsType is the filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * lun is Optional: FC target lun number
   */
  lun?: number | null;
  /**
   * readOnly is Optional: Defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * targetWWNs is Optional: FC target worldwide names (WWNs)
   */
  targetWWNs?: string[] | null;
  /**
   * wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
   */
  wwids?: string[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.FlexVolumeSource".
 */
export interface IoK8SApiCoreV1FlexVolumeSource {
  /**
   * driver is the name of the driver to use for this volume.
   */
  driver: string;
  /**
   * fsType is the filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * options is Optional: this field holds extra command options if any.
   */
  options?: {
    [k: string]: string;
  } | null;
  /**
   * readOnly is Optional: defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts.
   */
  secretRef?: IoK8SApiCoreV1LocalObjectReference | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.FlockerVolumeSource".
 */
export interface IoK8SApiCoreV1FlockerVolumeSource {
  /**
   * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated
   */
  datasetName?: string | null;
  /**
   * datasetUUID is the UUID of the dataset.
   */
  datasetUUID?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource".
 */
export interface IoK8SApiCoreV1GCEPersistentDiskVolumeSource {
  /**
   * fsType is filesystem type of the volume that you want to mount.
   */
  fsType?: string | null;
  /**
   * partition is the partition in the volume that you want to mount.
   */
  partition?: number | null;
  /**
   * pdName is unique name of the PD resource in GCE.
   */
  pdName: string;
  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts.
   */
  readOnly?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.GitRepoVolumeSource".
 */
export interface IoK8SApiCoreV1GitRepoVolumeSource {
  /**
   * directory is the target directory name.
   */
  directory?: string | null;
  /**
   * repository is the URL
   */
  repository: string;
  /**
   * revision is the commit hash for the specified revision.
   */
  revision?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.GlusterfsVolumeSource".
 */
export interface IoK8SApiCoreV1GlusterfsVolumeSource {
  /**
   * endpoints is the endpoint name that details Glusterfs topology.
   */
  endpoints: string;
  /**
   * path is the Glusterfs volume path.
   */
  path: string;
  /**
   * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
   */
  readOnly?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.HostPathVolumeSource".
 */
export interface IoK8SApiCoreV1HostPathVolumeSource {
  /**
   * path of the directory on the host.
   */
  path: string;
  /**
   * type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   */
  type?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ISCSIVolumeSource".
 */
export interface IoK8SApiCoreV1ISCSIVolumeSource {
  /**
   * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
   */
  chapAuthDiscovery?: boolean | null;
  /**
   * chapAuthSession defines whether support iSCSI Session CHAP authentication
   */
  chapAuthSession?: boolean | null;
  /**
   * fsType is the filesystem type of the volume that you want to mount.
   */
  fsType?: string | null;
  /**
   * initiatorName is the custom iSCSI Initiator Name.
   */
  initiatorName?: string | null;
  /**
   * iqn is the target iSCSI Qualified Name.
   */
  iqn: string;
  /**
   * iscsiInterface is the interface Name that uses an iSCSI transport.
   */
  iscsiInterface?: string | null;
  /**
   * lun represents iSCSI Target Lun number.
   */
  lun: number;
  /**
   * portals is the iSCSI Target Portal List.
   */
  portals?: string[] | null;
  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts.
   */
  readOnly?: boolean | null;
  /**
   * secretRef is the CHAP Secret for iSCSI target and initiator authentication
   */
  secretRef?: IoK8SApiCoreV1LocalObjectReference | null;
  /**
   * targetPortal is iSCSI Target Portal.
   */
  targetPortal: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.NFSVolumeSource".
 */
export interface IoK8SApiCoreV1NFSVolumeSource {
  /**
   * path that is exported by the NFS server.
   */
  path: string;
  /**
   * readOnly here will force the NFS export to be mounted with read-only permissions.
   */
  readOnly?: boolean | null;
  /**
   * server is the hostname or IP address of the NFS server.
   */
  server: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource".
 */
export interface IoK8SApiCoreV1PersistentVolumeClaimVolumeSource {
  /**
   * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
   */
  claimName: string;
  /**
   * readOnly Will force the ReadOnly setting in VolumeMounts.
   */
  readOnly?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource".
 */
export interface IoK8SApiCoreV1PhotonPersistentDiskVolumeSource {
  /**
   * fsType is the filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * pdID is the ID that identifies Photon Controller persistent disk
   */
  pdID: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PortworxVolumeSource".
 */
export interface IoK8SApiCoreV1PortworxVolumeSource {
  /**
   * fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system.
   */
  fsType?: string | null;
  /**
   * readOnly defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * volumeID uniquely identifies a Portworx volume
   */
  volumeID: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ProjectedVolumeSource".
 */
export interface IoK8SApiCoreV1ProjectedVolumeSource {
  /**
   * defaultMode are the mode bits used to set permissions on created files by default.
   */
  defaultMode?: number | null;
  /**
   * sources is the list of volume projections
   */
  sources?: IoK8SApiCoreV1VolumeProjection[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.VolumeProjection".
 */
export interface IoK8SApiCoreV1VolumeProjection {
  /**
   * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.
   */
  clusterTrustBundle?: IoK8SApiCoreV1ClusterTrustBundleProjection | null;
  /**
   * configMap information about the configMap data to project
   */
  configMap?: IoK8SApiCoreV1ConfigMapProjection | null;
  /**
   * downwardAPI information about the downwardAPI data to project
   */
  downwardAPI?: IoK8SApiCoreV1DownwardAPIProjection | null;
  /**
   * secret information about the secret data to project
   */
  secret?: IoK8SApiCoreV1SecretProjection | null;
  /**
   * serviceAccountToken is information about the serviceAccountToken data to project
   */
  serviceAccountToken?: IoK8SApiCoreV1ServiceAccountTokenProjection | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ClusterTrustBundleProjection".
 */
export interface IoK8SApiCoreV1ClusterTrustBundleProjection {
  /**
   * Select all ClusterTrustBundles that match this label selector.
   */
  labelSelector?: IoK8SApimachineryPkgApisMetaV1LabelSelector | null;
  /**
   * Select a single ClusterTrustBundle by object name.
   */
  name?: string | null;
  /**
   * If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.
   */
  optional?: boolean | null;
  /**
   * Relative path from the volume root to write the bundle.
   */
  path: string;
  /**
   * Select all ClusterTrustBundles that match this signer name.
   */
  signerName?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ConfigMapProjection".
 */
export interface IoK8SApiCoreV1ConfigMapProjection {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value.
   */
  items?: IoK8SApiCoreV1KeyToPath[] | null;
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * optional specify whether the ConfigMap or its keys must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.DownwardAPIProjection".
 */
export interface IoK8SApiCoreV1DownwardAPIProjection {
  /**
   * Items is a list of DownwardAPIVolume file
   */
  items?: IoK8SApiCoreV1DownwardAPIVolumeFile[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SecretProjection".
 */
export interface IoK8SApiCoreV1SecretProjection {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value.
   */
  items?: IoK8SApiCoreV1KeyToPath[] | null;
  /**
   * Name of the referent.
   */
  name?: string | null;
  /**
   * optional field specify whether the Secret or its key must be defined
   */
  optional?: boolean | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ServiceAccountTokenProjection".
 */
export interface IoK8SApiCoreV1ServiceAccountTokenProjection {
  /**
   * audience is the intended audience of the token.
   */
  audience?: string | null;
  /**
   * expirationSeconds is the requested duration of validity of the service account token.
   */
  expirationSeconds?: number | null;
  /**
   * path is the path relative to the mount point of the file to project the token into.
   */
  path: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.QuobyteVolumeSource".
 */
export interface IoK8SApiCoreV1QuobyteVolumeSource {
  /**
   * group to map volume access to Default is no group
   */
  group?: string | null;
  /**
   * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
   */
  readOnly?: boolean | null;
  /**
   * registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes
   */
  registry: string;
  /**
   * tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin
   */
  tenant?: string | null;
  /**
   * user to map volume access to Defaults to serivceaccount user
   */
  user?: string | null;
  /**
   * volume is a string that references an already created Quobyte volume by name.
   */
  volume: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.RBDVolumeSource".
 */
export interface IoK8SApiCoreV1RBDVolumeSource {
  /**
   * fsType is the filesystem type of the volume that you want to mount.
   */
  fsType?: string | null;
  /**
   * image is the rados image name.
   */
  image: string;
  /**
   * keyring is the path to key ring for RBDUser.
   */
  keyring?: string | null;
  /**
   * monitors is a collection of Ceph monitors.
   */
  monitors: string[];
  /**
   * pool is the rados pool name.
   */
  pool?: string | null;
  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts.
   */
  readOnly?: boolean | null;
  /**
   * secretRef is name of the authentication secret for RBDUser.
   */
  secretRef?: IoK8SApiCoreV1LocalObjectReference | null;
  /**
   * user is the rados user name.
   */
  user?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.ScaleIOVolumeSource".
 */
export interface IoK8SApiCoreV1ScaleIOVolumeSource {
  /**
   * fsType is the filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * gateway is the host address of the ScaleIO API Gateway.
   */
  gateway: string;
  /**
   * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
   */
  protectionDomain?: string | null;
  /**
   * readOnly Defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * secretRef references to the secret for ScaleIO user and other sensitive information.
   */
  secretRef: IoK8SApiCoreV1LocalObjectReference;
  /**
   * sslEnabled Flag enable/disable SSL communication with Gateway, default false
   */
  sslEnabled?: boolean | null;
  /**
   * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
   */
  storageMode?: string | null;
  /**
   * storagePool is the ScaleIO Storage Pool associated with the protection domain.
   */
  storagePool?: string | null;
  /**
   * system is the name of the storage system as configured in ScaleIO.
   */
  system: string;
  /**
   * volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.
   */
  volumeName?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.SecretVolumeSource".
 */
export interface IoK8SApiCoreV1SecretVolumeSource {
  /**
   * defaultMode is Optional: mode bits used to set permissions on created files by default.
   */
  defaultMode?: number | null;
  /**
   * items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value.
   */
  items?: IoK8SApiCoreV1KeyToPath[] | null;
  /**
   * optional field specify whether the Secret or its keys must be defined
   */
  optional?: boolean | null;
  /**
   * secretName is the name of the secret in the pod's namespace to use.
   */
  secretName?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.StorageOSVolumeSource".
 */
export interface IoK8SApiCoreV1StorageOSVolumeSource {
  /**
   * fsType is the filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * readOnly defaults to false (read/write).
   */
  readOnly?: boolean | null;
  /**
   * secretRef specifies the secret to use for obtaining the StorageOS API credentials.
   */
  secretRef?: IoK8SApiCoreV1LocalObjectReference | null;
  /**
   * volumeName is the human-readable name of the StorageOS volume.
   */
  volumeName?: string | null;
  /**
   * volumeNamespace specifies the scope of the volume within StorageOS.
   */
  volumeNamespace?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource".
 */
export interface IoK8SApiCoreV1VsphereVirtualDiskVolumeSource {
  /**
   * fsType is filesystem type to mount.
   */
  fsType?: string | null;
  /**
   * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
   */
  storagePolicyID?: string | null;
  /**
   * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
   */
  storagePolicyName?: string | null;
  /**
   * volumePath is the path that identifies vSphere volume vmdk
   */
  volumePath: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Toleration".
 */
export interface IoK8SApiCoreV1Toleration {
  /**
   * Effect indicates the taint effect to match.
   */
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | '' | null;
  /**
   * Key is the taint key that the toleration applies to.
   */
  key?: string | null;
  /**
   * Operator represents a key's relationship to the value.
   */
  operator?: 'Exists' | 'Equal' | '' | null;
  /**
   * TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.
   */
  tolerationSeconds?: number | null;
  /**
   * Value is the taint value the toleration matches to.
   */
  value?: string | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.Affinity".
 */
export interface IoK8SApiCoreV1Affinity {
  /**
   * Describes node affinity scheduling rules for the pod.
   */
  nodeAffinity?: IoK8SApiCoreV1NodeAffinity | null;
  /**
   * Describes pod affinity scheduling rules (e.g.
   */
  podAffinity?: IoK8SApiCoreV1PodAffinity | null;
  /**
   * Describes pod anti-affinity scheduling rules (e.g.
   */
  podAntiAffinity?: IoK8SApiCoreV1PodAntiAffinity | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.NodeAffinity".
 */
export interface IoK8SApiCoreV1NodeAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: IoK8SApiCoreV1PreferredSchedulingTerm[] | null;
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: IoK8SApiCoreV1NodeSelector | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PreferredSchedulingTerm".
 */
export interface IoK8SApiCoreV1PreferredSchedulingTerm {
  /**
   * A node selector term, associated with the corresponding weight.
   */
  preference: IoK8SApiCoreV1NodeSelectorTerm;
  /**
   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.NodeSelectorTerm".
 */
export interface IoK8SApiCoreV1NodeSelectorTerm {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: IoK8SApiCoreV1NodeSelectorRequirement[] | null;
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: IoK8SApiCoreV1NodeSelectorRequirement[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.NodeSelectorRequirement".
 */
export interface IoK8SApiCoreV1NodeSelectorRequirement {
  /**
   * The label key that the selector applies to.
   */
  key: string;
  /**
   * Represents a key's relationship to a set of values.
   */
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  /**
   * An array of string values.
   */
  values?: string[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.NodeSelector".
 */
export interface IoK8SApiCoreV1NodeSelector {
  /**
   * Required.
   */
  nodeSelectorTerms: IoK8SApiCoreV1NodeSelectorTerm[];
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PodAffinity".
 */
export interface IoK8SApiCoreV1PodAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: IoK8SApiCoreV1WeightedPodAffinityTerm[] | null;
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: IoK8SApiCoreV1PodAffinityTerm[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.WeightedPodAffinityTerm".
 */
export interface IoK8SApiCoreV1WeightedPodAffinityTerm {
  /**
   * Required.
   */
  podAffinityTerm: IoK8SApiCoreV1PodAffinityTerm;
  /**
   * weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PodAffinityTerm".
 */
export interface IoK8SApiCoreV1PodAffinityTerm {
  /**
   * A label query over a set of resources, in this case pods.
   */
  labelSelector?: IoK8SApimachineryPkgApisMetaV1LabelSelector | null;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration.
   */
  matchLabelKeys?: string[] | null;
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration.
   */
  mismatchLabelKeys?: string[] | null;
  /**
   * A label query over the set of namespaces that the term applies to.
   */
  namespaceSelector?: IoK8SApimachineryPkgApisMetaV1LabelSelector | null;
  /**
   * namespaces specifies a static list of namespace names that the term applies to.
   */
  namespaces?: string[] | null;
  /**
   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running.
   */
  topologyKey: string;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.PodAntiAffinity".
 */
export interface IoK8SApiCoreV1PodAntiAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: IoK8SApiCoreV1WeightedPodAffinityTerm[] | null;
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: IoK8SApiCoreV1PodAffinityTerm[] | null;
}
/**
 * This interface was referenced by `ApimValues`'s JSON-Schema
 * via the `definition` "io.k8s.api.core.v1.TopologySpreadConstraint".
 */
export interface IoK8SApiCoreV1TopologySpreadConstraint {
  /**
   * LabelSelector is used to find matching pods.
   */
  labelSelector?: IoK8SApimachineryPkgApisMetaV1LabelSelector | null;
  /**
   * MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated.
   */
  matchLabelKeys?: string[] | null;
  /**
   * MaxSkew describes the degree to which pods may be unevenly distributed.
   */
  maxSkew: number;
  /**
   * MinDomains indicates a minimum number of eligible domains.
   */
  minDomains?: number | null;
  /**
   * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew.
   */
  nodeAffinityPolicy?: 'Honor' | 'Ignore' | '' | null;
  /**
   * NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew.
   */
  nodeTaintsPolicy?: 'Honor' | 'Ignore' | '' | null;
  /**
   * TopologyKey is the key of node labels.
   */
  topologyKey: string;
  /**
   * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint.
   */
  whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
}
