{{/*
Rules between values that the JSON schema cannot express. Every broken rule is
reported at once, each naming the value path to change.
*/}}
{{- define "apim.validateValues" -}}
{{- $messages := list }}
{{- /*
helm deletes a key set to null before the schema is checked (helm lint keeps it, as null).
These are the values the chart cannot do without: a deleted one is named here instead of
crashing a template. A deleted parent is reported once, as the parent.
*/}}
{{- range $path := list
  (list "global")
  (list "image")
  (list "image" "registry")
  (list "image" "repository")
  (list "image" "tag")
  (list "image" "pullPolicy")
  (list "productHome")
  (list "jvmMemoryOptions")
  (list "serviceAccount")
  (list "serviceAccount" "create")
  (list "adminCredentials")
  (list "adminCredentials" "username")
  (list "database")
  (list "database" "type")
  (list "database" "names")
  (list "database" "names" "apim_db")
  (list "database" "names" "shared_db")
  (list "database" "jdbcDriver")
  (list "database" "jdbcDriver" "image")
  (list "database" "evaluation")
  (list "database" "evaluation" "persistence")
  (list "database" "evaluation" "persistence" "size")
  (list "keystores")
  (list "keystores" "files")
  (list "keystores" "primary")
  (list "keystores" "primary" "fileName")
  (list "keystores" "primary" "type")
  (list "keystores" "primary" "alias")
  (list "keystores" "tls")
  (list "keystores" "tls" "type")
  (list "keystores" "tls" "alias")
  (list "keystores" "internal")
  (list "keystores" "internal" "type")
  (list "keystores" "internal" "alias")
  (list "keystores" "truststore")
  (list "keystores" "truststore" "fileName")
  (list "keystores" "truststore" "type")
  (list "clusterDiscovery")
  (list "clusterDiscovery" "hazelcastPort")
  (list "clusterDiscovery" "membershipScheme")
  (list "clusterDiscovery" "membershipScheme" "image")
  (list "artifactSync")
  (list "artifactSync" "mode")
  (list "artifactSync" "rsync")
  (list "artifactSync" "rsync" "image")
  (list "artifactSync" "rsync" "image" "registry")
  (list "artifactSync" "rsync" "image" "repository")
  (list "artifactSync" "rsync" "image" "tag")
  (list "artifactSync" "rsync" "port")
  (list "artifactSync" "rsync" "intervalSeconds")
  (list "artifactSync" "sharedVolume")
  (list "artifactSync" "sharedVolume" "size")
  (list "metrics")
  (list "metrics" "port")
  (list "metrics" "path")
  (list "metrics" "serviceMonitor")
  (list "metrics" "serviceMonitor" "interval")
  (list "networkPolicy")
  (list "networkPolicy" "allowExternal")
  (list "networkPolicy" "ingressNamespaceSelector")
  (list "tests")
  (list "tests" "image")
  (list "tests" "image" "registry")
  (list "tests" "image" "repository")
  (list "tests" "image" "tag")
  (list "store")
  (list "store" "enabled")
  (list "store" "profile")
  (list "store" "controller")
  (list "store" "replicaCount")
  (list "store" "image")
  (list "store" "ports")
  (list "store" "ports" "servlet-https")
  (list "store" "ports" "servlet-https" "containerPort")
  (list "store" "ports" "servlet-https" "protocol")
  (list "store" "ports" "servlet-https" "appProtocol")
  (list "store" "ports" "servlet-http")
  (list "store" "ports" "servlet-http" "containerPort")
  (list "store" "ports" "servlet-http" "protocol")
  (list "store" "ports" "servlet-http" "appProtocol")
  (list "store" "service")
  (list "store" "service" "type")
  (list "store" "service" "sessionAffinity")
  (list "store" "service" "sessionAffinityTimeoutSeconds")
  (list "store" "revisionHistoryLimit")
  (list "store" "terminationGracePeriodSeconds")
  (list "store" "autoscaling")
  (list "store" "autoscaling" "minReplicas")
  (list "store" "autoscaling" "maxReplicas")
  (list "store" "autoscaling" "targetCPUUtilizationPercentage")
  (list "store" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "store" "podDisruptionBudget")
  (list "store" "podDisruptionBudget" "create")
  (list "store" "podDisruptionBudget" "maxUnavailable")
  (list "store" "configFiles")
  (list "store" "configFiles" "deployment.toml")
  (list "store" "configFiles" "deployment.toml" "path")
  (list "store" "configFiles" "deployment.toml" "content")
  (list "store" "volumes")
  (list "store" "volumes" "logs")
  (list "store" "volumes" "logs" "path")
  (list "store" "volumes" "logs" "persistence")
  (list "store" "volumes" "logs" "persistence" "accessModes")
  (list "store" "volumes" "logs" "persistence" "size")
  (list "store" "clustering")
  (list "store" "ingress")
  (list "store" "ingress" "className")
  (list "store" "ingress" "host")
  (list "store" "ingress" "path")
  (list "store" "ingress" "pathType")
  (list "store" "ingress" "port")
  (list "store" "ingress" "backendProtocol")
  (list "store" "ingress" "sticky")
  (list "store" "ingress" "tls")
  (list "store" "ingress" "tls" "enabled")
  (list "store" "httpRoute")
  (list "store" "httpRoute" "parentRefs")
  (list "store" "httpRoute" "hostnames")
  (list "store" "httpRoute" "path")
  (list "store" "httpRoute" "port")
  (list "store" "podAntiAffinityPreset")
  (list "publisher")
  (list "publisher" "enabled")
  (list "publisher" "profile")
  (list "publisher" "controller")
  (list "publisher" "replicaCount")
  (list "publisher" "image")
  (list "publisher" "ports")
  (list "publisher" "ports" "servlet-https")
  (list "publisher" "ports" "servlet-https" "containerPort")
  (list "publisher" "ports" "servlet-https" "protocol")
  (list "publisher" "ports" "servlet-https" "appProtocol")
  (list "publisher" "ports" "servlet-http")
  (list "publisher" "ports" "servlet-http" "containerPort")
  (list "publisher" "ports" "servlet-http" "protocol")
  (list "publisher" "ports" "servlet-http" "appProtocol")
  (list "publisher" "service")
  (list "publisher" "service" "type")
  (list "publisher" "service" "sessionAffinity")
  (list "publisher" "service" "sessionAffinityTimeoutSeconds")
  (list "publisher" "revisionHistoryLimit")
  (list "publisher" "terminationGracePeriodSeconds")
  (list "publisher" "autoscaling")
  (list "publisher" "autoscaling" "minReplicas")
  (list "publisher" "autoscaling" "maxReplicas")
  (list "publisher" "autoscaling" "targetCPUUtilizationPercentage")
  (list "publisher" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "publisher" "podDisruptionBudget")
  (list "publisher" "podDisruptionBudget" "create")
  (list "publisher" "podDisruptionBudget" "maxUnavailable")
  (list "publisher" "configFiles")
  (list "publisher" "configFiles" "deployment.toml")
  (list "publisher" "configFiles" "deployment.toml" "path")
  (list "publisher" "configFiles" "deployment.toml" "content")
  (list "publisher" "volumes")
  (list "publisher" "volumes" "logs")
  (list "publisher" "volumes" "logs" "path")
  (list "publisher" "volumes" "logs" "persistence")
  (list "publisher" "volumes" "logs" "persistence" "accessModes")
  (list "publisher" "volumes" "logs" "persistence" "size")
  (list "publisher" "clustering")
  (list "publisher" "ingress")
  (list "publisher" "ingress" "className")
  (list "publisher" "ingress" "host")
  (list "publisher" "ingress" "path")
  (list "publisher" "ingress" "pathType")
  (list "publisher" "ingress" "port")
  (list "publisher" "ingress" "backendProtocol")
  (list "publisher" "ingress" "sticky")
  (list "publisher" "ingress" "tls")
  (list "publisher" "ingress" "tls" "enabled")
  (list "publisher" "httpRoute")
  (list "publisher" "httpRoute" "parentRefs")
  (list "publisher" "httpRoute" "hostnames")
  (list "publisher" "httpRoute" "path")
  (list "publisher" "httpRoute" "port")
  (list "publisher" "podAntiAffinityPreset")
  (list "keyManager")
  (list "keyManager" "enabled")
  (list "keyManager" "profile")
  (list "keyManager" "controller")
  (list "keyManager" "replicaCount")
  (list "keyManager" "image")
  (list "keyManager" "ports")
  (list "keyManager" "ports" "servlet-https")
  (list "keyManager" "ports" "servlet-https" "containerPort")
  (list "keyManager" "ports" "servlet-https" "protocol")
  (list "keyManager" "ports" "servlet-https" "appProtocol")
  (list "keyManager" "ports" "servlet-http")
  (list "keyManager" "ports" "servlet-http" "containerPort")
  (list "keyManager" "ports" "servlet-http" "protocol")
  (list "keyManager" "ports" "servlet-http" "appProtocol")
  (list "keyManager" "service")
  (list "keyManager" "service" "type")
  (list "keyManager" "service" "sessionAffinity")
  (list "keyManager" "service" "sessionAffinityTimeoutSeconds")
  (list "keyManager" "revisionHistoryLimit")
  (list "keyManager" "terminationGracePeriodSeconds")
  (list "keyManager" "autoscaling")
  (list "keyManager" "autoscaling" "minReplicas")
  (list "keyManager" "autoscaling" "maxReplicas")
  (list "keyManager" "autoscaling" "targetCPUUtilizationPercentage")
  (list "keyManager" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "keyManager" "podDisruptionBudget")
  (list "keyManager" "podDisruptionBudget" "create")
  (list "keyManager" "podDisruptionBudget" "maxUnavailable")
  (list "keyManager" "configFiles")
  (list "keyManager" "configFiles" "deployment.toml")
  (list "keyManager" "configFiles" "deployment.toml" "path")
  (list "keyManager" "configFiles" "deployment.toml" "content")
  (list "keyManager" "volumes")
  (list "keyManager" "volumes" "logs")
  (list "keyManager" "volumes" "logs" "path")
  (list "keyManager" "volumes" "logs" "persistence")
  (list "keyManager" "volumes" "logs" "persistence" "accessModes")
  (list "keyManager" "volumes" "logs" "persistence" "size")
  (list "keyManager" "clustering")
  (list "keyManager" "ingress")
  (list "keyManager" "ingress" "className")
  (list "keyManager" "ingress" "host")
  (list "keyManager" "ingress" "path")
  (list "keyManager" "ingress" "pathType")
  (list "keyManager" "ingress" "port")
  (list "keyManager" "ingress" "backendProtocol")
  (list "keyManager" "ingress" "tls")
  (list "keyManager" "ingress" "tls" "enabled")
  (list "keyManager" "httpRoute")
  (list "keyManager" "httpRoute" "parentRefs")
  (list "keyManager" "httpRoute" "hostnames")
  (list "keyManager" "httpRoute" "path")
  (list "keyManager" "httpRoute" "port")
  (list "keyManager" "podAntiAffinityPreset")
  (list "trafficManager")
  (list "trafficManager" "enabled")
  (list "trafficManager" "profile")
  (list "trafficManager" "controller")
  (list "trafficManager" "replicaCount")
  (list "trafficManager" "image")
  (list "trafficManager" "ports")
  (list "trafficManager" "ports" "servlet-https")
  (list "trafficManager" "ports" "servlet-https" "containerPort")
  (list "trafficManager" "ports" "servlet-https" "protocol")
  (list "trafficManager" "ports" "servlet-https" "appProtocol")
  (list "trafficManager" "ports" "servlet-http")
  (list "trafficManager" "ports" "servlet-http" "containerPort")
  (list "trafficManager" "ports" "servlet-http" "protocol")
  (list "trafficManager" "ports" "servlet-http" "appProtocol")
  (list "trafficManager" "ports" "binary")
  (list "trafficManager" "ports" "binary" "containerPort")
  (list "trafficManager" "ports" "binary" "protocol")
  (list "trafficManager" "ports" "binary" "appProtocol")
  (list "trafficManager" "ports" "binary-ssl")
  (list "trafficManager" "ports" "binary-ssl" "containerPort")
  (list "trafficManager" "ports" "binary-ssl" "protocol")
  (list "trafficManager" "ports" "binary-ssl" "appProtocol")
  (list "trafficManager" "ports" "jms")
  (list "trafficManager" "ports" "jms" "containerPort")
  (list "trafficManager" "ports" "jms" "protocol")
  (list "trafficManager" "ports" "jms" "appProtocol")
  (list "trafficManager" "service")
  (list "trafficManager" "service" "type")
  (list "trafficManager" "service" "sessionAffinity")
  (list "trafficManager" "service" "sessionAffinityTimeoutSeconds")
  (list "trafficManager" "revisionHistoryLimit")
  (list "trafficManager" "terminationGracePeriodSeconds")
  (list "trafficManager" "autoscaling")
  (list "trafficManager" "autoscaling" "minReplicas")
  (list "trafficManager" "autoscaling" "maxReplicas")
  (list "trafficManager" "autoscaling" "targetCPUUtilizationPercentage")
  (list "trafficManager" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "trafficManager" "podDisruptionBudget")
  (list "trafficManager" "podDisruptionBudget" "create")
  (list "trafficManager" "podDisruptionBudget" "maxUnavailable")
  (list "trafficManager" "configFiles")
  (list "trafficManager" "configFiles" "deployment.toml")
  (list "trafficManager" "configFiles" "deployment.toml" "path")
  (list "trafficManager" "configFiles" "deployment.toml" "content")
  (list "trafficManager" "volumes")
  (list "trafficManager" "volumes" "logs")
  (list "trafficManager" "volumes" "logs" "path")
  (list "trafficManager" "volumes" "logs" "persistence")
  (list "trafficManager" "volumes" "logs" "persistence" "accessModes")
  (list "trafficManager" "volumes" "logs" "persistence" "size")
  (list "trafficManager" "clustering")
  (list "trafficManager" "ingress")
  (list "trafficManager" "ingress" "className")
  (list "trafficManager" "ingress" "host")
  (list "trafficManager" "ingress" "path")
  (list "trafficManager" "ingress" "pathType")
  (list "trafficManager" "ingress" "port")
  (list "trafficManager" "ingress" "backendProtocol")
  (list "trafficManager" "ingress" "tls")
  (list "trafficManager" "ingress" "tls" "enabled")
  (list "trafficManager" "httpRoute")
  (list "trafficManager" "httpRoute" "parentRefs")
  (list "trafficManager" "httpRoute" "hostnames")
  (list "trafficManager" "httpRoute" "path")
  (list "trafficManager" "httpRoute" "port")
  (list "trafficManager" "podAntiAffinityPreset")
  (list "gatewayManager")
  (list "gatewayManager" "profile")
  (list "gatewayManager" "controller")
  (list "gatewayManager" "replicaCount")
  (list "gatewayManager" "image")
  (list "gatewayManager" "ports")
  (list "gatewayManager" "ports" "gateway-https")
  (list "gatewayManager" "ports" "gateway-https" "containerPort")
  (list "gatewayManager" "ports" "gateway-https" "protocol")
  (list "gatewayManager" "ports" "gateway-https" "appProtocol")
  (list "gatewayManager" "ports" "gateway-http")
  (list "gatewayManager" "ports" "gateway-http" "containerPort")
  (list "gatewayManager" "ports" "gateway-http" "protocol")
  (list "gatewayManager" "ports" "gateway-http" "appProtocol")
  (list "gatewayManager" "ports" "websocket-wss")
  (list "gatewayManager" "ports" "websocket-wss" "containerPort")
  (list "gatewayManager" "ports" "websocket-wss" "protocol")
  (list "gatewayManager" "ports" "websocket-wss" "appProtocol")
  (list "gatewayManager" "ports" "websocket-ws")
  (list "gatewayManager" "ports" "websocket-ws" "containerPort")
  (list "gatewayManager" "ports" "websocket-ws" "protocol")
  (list "gatewayManager" "ports" "websocket-ws" "appProtocol")
  (list "gatewayManager" "ports" "servlet-https")
  (list "gatewayManager" "ports" "servlet-https" "containerPort")
  (list "gatewayManager" "ports" "servlet-https" "protocol")
  (list "gatewayManager" "ports" "servlet-https" "appProtocol")
  (list "gatewayManager" "ports" "servlet-http")
  (list "gatewayManager" "ports" "servlet-http" "containerPort")
  (list "gatewayManager" "ports" "servlet-http" "protocol")
  (list "gatewayManager" "ports" "servlet-http" "appProtocol")
  (list "gatewayManager" "service")
  (list "gatewayManager" "service" "type")
  (list "gatewayManager" "service" "sessionAffinity")
  (list "gatewayManager" "service" "sessionAffinityTimeoutSeconds")
  (list "gatewayManager" "revisionHistoryLimit")
  (list "gatewayManager" "terminationGracePeriodSeconds")
  (list "gatewayManager" "autoscaling")
  (list "gatewayManager" "autoscaling" "minReplicas")
  (list "gatewayManager" "autoscaling" "maxReplicas")
  (list "gatewayManager" "autoscaling" "targetCPUUtilizationPercentage")
  (list "gatewayManager" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "gatewayManager" "podDisruptionBudget")
  (list "gatewayManager" "podDisruptionBudget" "create")
  (list "gatewayManager" "podDisruptionBudget" "maxUnavailable")
  (list "gatewayManager" "configFiles")
  (list "gatewayManager" "configFiles" "deployment.toml")
  (list "gatewayManager" "configFiles" "deployment.toml" "path")
  (list "gatewayManager" "configFiles" "deployment.toml" "content")
  (list "gatewayManager" "volumes")
  (list "gatewayManager" "volumes" "logs")
  (list "gatewayManager" "volumes" "logs" "path")
  (list "gatewayManager" "volumes" "logs" "persistence")
  (list "gatewayManager" "volumes" "logs" "persistence" "accessModes")
  (list "gatewayManager" "volumes" "logs" "persistence" "size")
  (list "gatewayManager" "clustering")
  (list "gatewayManager" "ingress")
  (list "gatewayManager" "ingress" "className")
  (list "gatewayManager" "ingress" "host")
  (list "gatewayManager" "ingress" "path")
  (list "gatewayManager" "ingress" "pathType")
  (list "gatewayManager" "ingress" "port")
  (list "gatewayManager" "ingress" "backendProtocol")
  (list "gatewayManager" "ingress" "tls")
  (list "gatewayManager" "ingress" "tls" "enabled")
  (list "gatewayManager" "httpRoute")
  (list "gatewayManager" "httpRoute" "parentRefs")
  (list "gatewayManager" "httpRoute" "hostnames")
  (list "gatewayManager" "httpRoute" "path")
  (list "gatewayManager" "httpRoute" "port")
  (list "gatewayManager" "podAntiAffinityPreset")
  (list "gatewayWorker")
  (list "gatewayWorker" "enabled")
  (list "gatewayWorker" "profile")
  (list "gatewayWorker" "controller")
  (list "gatewayWorker" "replicaCount")
  (list "gatewayWorker" "image")
  (list "gatewayWorker" "ports")
  (list "gatewayWorker" "ports" "gateway-https")
  (list "gatewayWorker" "ports" "gateway-https" "containerPort")
  (list "gatewayWorker" "ports" "gateway-https" "protocol")
  (list "gatewayWorker" "ports" "gateway-https" "appProtocol")
  (list "gatewayWorker" "ports" "gateway-http")
  (list "gatewayWorker" "ports" "gateway-http" "containerPort")
  (list "gatewayWorker" "ports" "gateway-http" "protocol")
  (list "gatewayWorker" "ports" "gateway-http" "appProtocol")
  (list "gatewayWorker" "ports" "websocket-wss")
  (list "gatewayWorker" "ports" "websocket-wss" "containerPort")
  (list "gatewayWorker" "ports" "websocket-wss" "protocol")
  (list "gatewayWorker" "ports" "websocket-wss" "appProtocol")
  (list "gatewayWorker" "ports" "websocket-ws")
  (list "gatewayWorker" "ports" "websocket-ws" "containerPort")
  (list "gatewayWorker" "ports" "websocket-ws" "protocol")
  (list "gatewayWorker" "ports" "websocket-ws" "appProtocol")
  (list "gatewayWorker" "ports" "servlet-https")
  (list "gatewayWorker" "ports" "servlet-https" "containerPort")
  (list "gatewayWorker" "ports" "servlet-https" "protocol")
  (list "gatewayWorker" "ports" "servlet-https" "appProtocol")
  (list "gatewayWorker" "ports" "servlet-http")
  (list "gatewayWorker" "ports" "servlet-http" "containerPort")
  (list "gatewayWorker" "ports" "servlet-http" "protocol")
  (list "gatewayWorker" "ports" "servlet-http" "appProtocol")
  (list "gatewayWorker" "service")
  (list "gatewayWorker" "service" "type")
  (list "gatewayWorker" "service" "sessionAffinity")
  (list "gatewayWorker" "service" "sessionAffinityTimeoutSeconds")
  (list "gatewayWorker" "revisionHistoryLimit")
  (list "gatewayWorker" "terminationGracePeriodSeconds")
  (list "gatewayWorker" "autoscaling")
  (list "gatewayWorker" "autoscaling" "minReplicas")
  (list "gatewayWorker" "autoscaling" "maxReplicas")
  (list "gatewayWorker" "autoscaling" "targetCPUUtilizationPercentage")
  (list "gatewayWorker" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "gatewayWorker" "podDisruptionBudget")
  (list "gatewayWorker" "podDisruptionBudget" "create")
  (list "gatewayWorker" "podDisruptionBudget" "maxUnavailable")
  (list "gatewayWorker" "configFiles")
  (list "gatewayWorker" "configFiles" "deployment.toml")
  (list "gatewayWorker" "configFiles" "deployment.toml" "path")
  (list "gatewayWorker" "configFiles" "deployment.toml" "content")
  (list "gatewayWorker" "volumes")
  (list "gatewayWorker" "volumes" "logs")
  (list "gatewayWorker" "volumes" "logs" "path")
  (list "gatewayWorker" "volumes" "logs" "persistence")
  (list "gatewayWorker" "volumes" "logs" "persistence" "accessModes")
  (list "gatewayWorker" "volumes" "logs" "persistence" "size")
  (list "gatewayWorker" "clustering")
  (list "gatewayWorker" "ingress")
  (list "gatewayWorker" "ingress" "className")
  (list "gatewayWorker" "ingress" "host")
  (list "gatewayWorker" "ingress" "path")
  (list "gatewayWorker" "ingress" "pathType")
  (list "gatewayWorker" "ingress" "port")
  (list "gatewayWorker" "ingress" "backendProtocol")
  (list "gatewayWorker" "ingress" "tls")
  (list "gatewayWorker" "ingress" "tls" "enabled")
  (list "gatewayWorker" "httpRoute")
  (list "gatewayWorker" "httpRoute" "parentRefs")
  (list "gatewayWorker" "httpRoute" "hostnames")
  (list "gatewayWorker" "httpRoute" "path")
  (list "gatewayWorker" "httpRoute" "port")
  (list "gatewayWorker" "podAntiAffinityPreset")
}}
{{- $node := $.Values }}
{{- $depth := 0 }}
{{- $present := true }}
{{- range $key := $path }}
{{- if and $present (kindIs "map" $node) }}
{{- $node = index $node $key }}
{{- $depth = add1 $depth }}
{{- $present = not (kindIs "invalid" $node) }}
{{- end }}
{{- end }}
{{- if and (not $present) (eq $depth (len $path)) }}
{{- $messages = append $messages (printf "%s: set to null, which deletes the chart's default, and the chart needs a value here; remove the null (for none, set an empty value such as {} or [] where the schema allows it)" (join "." $path)) }}
{{- end }}
{{- end }}
{{- /* The rules below read those values, so they wait until none is missing. */}}
{{- if not $messages }}
{{- /* Service names are DNS-1035 labels: a release name such as 0s would make names the API server refuses. */}}
{{- if not (regexMatch "^[a-z]" (include "apim.fullname" .)) }}
{{- $messages = append $messages (printf "fullnameOverride: resource names start with %q, and Service names must start with a letter; choose a release name that does, or set fullnameOverride" (include "apim.fullname" .)) }}
{{- end }}
{{- if and .Values.adminCredentials.existingSecret .Values.adminCredentials.password }}
{{- $messages = append $messages "adminCredentials: set either existingSecret or password, not both" }}
{{- end }}
{{- range $component := include "apim.componentKeys" . | splitList " " }}
{{- $values := index $.Values $component }}
{{- if $values.enabled }}
{{- $autoscaling := $values.autoscaling | default dict }}
{{- if gt (int $autoscaling.minReplicas) (int $autoscaling.maxReplicas) }}
{{- $messages = append $messages (printf "%s.autoscaling: minReplicas (%d) must not exceed maxReplicas (%d)" $component (int64 $autoscaling.minReplicas) (int64 $autoscaling.maxReplicas)) }}
{{- end }}
{{- range $probe := list "startupProbe" "livenessProbe" "readinessProbe" }}
{{- with index $values $probe }}
{{- $handlers := list }}
{{- range $handler := list "httpGet" "tcpSocket" "exec" "grpc" }}
{{- if index $.Values $component $probe $handler }}
{{- $handlers = append $handlers $handler }}
{{- end }}
{{- end }}
{{- if ne (len $handlers) 1 }}
{{- $messages = append $messages (printf "%s.%s: expected exactly one handler (httpGet, tcpSocket, exec or grpc), found %d%s; set the unused ones to null" $component $probe (len $handlers) (ternary "" (printf " (%s)" (join ", " $handlers)) (empty $handlers))) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- if .Values.store.enabled }}
{{- if not .Values.keyManager.enabled }}
{{- $messages = append $messages "keyManager.enabled: store cannot work without keyManager; enable it (or disable store)" }}
{{- end }}
{{- if not .Values.trafficManager.enabled }}
{{- $messages = append $messages "trafficManager.enabled: store cannot work without trafficManager; enable it (or disable store)" }}
{{- end }}
{{- end }}
{{- if .Values.publisher.enabled }}
{{- if not .Values.keyManager.enabled }}
{{- $messages = append $messages "keyManager.enabled: publisher cannot work without keyManager; enable it (or disable publisher)" }}
{{- end }}
{{- if not .Values.trafficManager.enabled }}
{{- $messages = append $messages "trafficManager.enabled: publisher cannot work without trafficManager; enable it (or disable publisher)" }}
{{- end }}
{{- end }}
{{- if .Values.keyManager.enabled }}
{{- if not .Values.trafficManager.enabled }}
{{- $messages = append $messages "trafficManager.enabled: keyManager cannot work without trafficManager; enable it (or disable keyManager)" }}
{{- end }}
{{- end }}
{{- if .Values.trafficManager.enabled }}
{{- if not .Values.keyManager.enabled }}
{{- $messages = append $messages "keyManager.enabled: trafficManager cannot work without keyManager; enable it (or disable trafficManager)" }}
{{- end }}
{{- end }}
{{- if .Values.gatewayManager.enabled }}
{{- if not .Values.keyManager.enabled }}
{{- $messages = append $messages "keyManager.enabled: gatewayManager cannot work without keyManager; enable it (or disable gatewayManager)" }}
{{- end }}
{{- if not .Values.trafficManager.enabled }}
{{- $messages = append $messages "trafficManager.enabled: gatewayManager cannot work without trafficManager; enable it (or disable gatewayManager)" }}
{{- end }}
{{- end }}
{{- if .Values.gatewayWorker.enabled }}
{{- if not .Values.keyManager.enabled }}
{{- $messages = append $messages "keyManager.enabled: gatewayWorker cannot work without keyManager; enable it (or disable gatewayWorker)" }}
{{- end }}
{{- if not .Values.trafficManager.enabled }}
{{- $messages = append $messages "trafficManager.enabled: gatewayWorker cannot work without trafficManager; enable it (or disable gatewayWorker)" }}
{{- end }}
{{- end }}
{{- if and (has .Values.artifactSync.mode (list "rsync" "sharedVolume")) (not .Values.gatewayManager.enabled) }}
{{- $messages = append $messages (printf "gatewayManager.enabled: artifactSync.mode %s distributes artifacts from gatewayManager; enable it" .Values.artifactSync.mode) }}
{{- end }}
{{- $clustered := list }}
{{- range $component := include "apim.componentKeys" . | splitList " " }}
{{- if and (index $.Values $component).enabled (index $.Values $component).clustering.enabled }}
{{- $clustered = append $clustered $component }}
{{- end }}
{{- end }}
{{- if and $clustered (or (not .Values.clusterDiscovery.membershipScheme.image.repository) (not .Values.clusterDiscovery.membershipScheme.jarPath)) }}
{{- $messages = append $messages (printf "clusterDiscovery.membershipScheme: %s enable clustering, and the product image has no Kubernetes membership scheme jar; set image.repository and jarPath of an image that carries it" (join ", " $clustered)) }}
{{- end }}
{{- $db := .Values.database }}
{{- if ne $db.type "evaluation" }}
{{- if not $db.host }}
{{- $messages = append $messages (printf "database.host: required when database.type is %s" $db.type) }}
{{- end }}
{{- if not $db.existingSecret }}
{{- $messages = append $messages "database.existingSecret: name the Secret with the database username and password (no password is kept in values)" }}
{{- end }}
{{- if or (not $db.jdbcDriver.image.repository) (not $db.jdbcDriver.jarPath) }}
{{- $messages = append $messages "database.jdbcDriver: set image.repository and jarPath; the driver comes from an image, never from the internet" }}
{{- end }}
{{- end }}
{{- /* Ports: Kubernetes refuses a Service with two equal port/protocol pairs or a node port taken twice, and ignores a nodePort on a ClusterIP Service. */}}
{{- $nodePorts := dict }}
{{- range $component := include "apim.componentKeys" . | splitList " " }}
{{- $values := index $.Values $component }}
{{- if $values.enabled }}
{{- /* The chart's own ports share the container and the headless Service with the product's. */}}
{{- $containerPorts := dict }}
{{- if $values.clustering.enabled }}
{{- $_ := set $containerPorts (printf "%v/TCP" $.Values.clusterDiscovery.hazelcastPort) "clusterDiscovery.hazelcastPort" }}
{{- end }}
{{- if and $.Values.metrics.enabled (not (hasKey $containerPorts (printf "%v/TCP" $.Values.metrics.port))) }}
{{- $_ := set $containerPorts (printf "%v/TCP" $.Values.metrics.port) "metrics.port" }}
{{- else if $.Values.metrics.enabled }}
{{- $messages = append $messages (printf "metrics.port: %v is also clusterDiscovery.hazelcastPort; give each its own number" $.Values.metrics.port) }}
{{- end }}
{{- range $name, $port := $values.ports }}
{{- $where := printf "%s.ports.%s" $component $name }}
{{- $number := printf "%v/%s" $port.containerPort ($port.protocol | default "TCP") }}
{{- if hasKey $containerPorts $number }}
{{- $messages = append $messages (printf "%s.containerPort: %s is also %s.containerPort; give each port of a component its own number" $where $number (get $containerPorts $number)) }}
{{- else }}
{{- $_ := set $containerPorts $number $where }}
{{- end }}
{{- if $port.nodePort }}
{{- if eq $values.service.type "ClusterIP" }}
{{- $messages = append $messages (printf "%s.nodePort: only used when %s.service.type is NodePort or LoadBalancer (it is ClusterIP)" $where $component) }}
{{- else if hasKey $nodePorts (toString $port.nodePort) }}
{{- $messages = append $messages (printf "%s.nodePort: %v is also %s.nodePort; a node port serves one Service port in the cluster" $where $port.nodePort (get $nodePorts (toString $port.nodePort))) }}
{{- else }}
{{- $_ := set $nodePorts (toString $port.nodePort) $where }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- if $messages }}
{{- include "apim.failValues" (join "\n  " $messages) }}
{{- /*
Reached only under helm lint: there fail merely logs, so leave a document lint cannot parse
and lint fails too. Lint keeps defaults a user set to null, so the probe-handler rule cannot
be judged there and does not count.
*/}}
{{- $lintable := list }}
{{- range $messages }}
{{- if not (contains "expected exactly one handler" .) }}
{{- $lintable = append $lintable . }}
{{- end }}
{{- end }}
{{- if $lintable }}
---
{{ printf "VALUES VALIDATION: %s" (join "; " $lintable) | quote }}
{{- end }}
{{- end }}
{{- end }}
