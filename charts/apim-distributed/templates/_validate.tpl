{{/*
Rules between values that the JSON schema cannot express. Every broken rule is
reported at once, each naming the value path to change.
*/}}
{{- define "apim-distributed.validateValues" -}}
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
  (list "encryptionKey")
  (list "clusterDiscovery")
  (list "clusterDiscovery" "hazelcastPort")
  (list "clusterDiscovery" "membershipScheme")
  (list "clusterDiscovery" "membershipScheme" "image")
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
  (list "controlPlane")
  (list "controlPlane" "enabled")
  (list "controlPlane" "controller")
  (list "controlPlane" "replicaCount")
  (list "controlPlane" "image")
  (list "controlPlane" "ports")
  (list "controlPlane" "ports" "servlet-https")
  (list "controlPlane" "ports" "servlet-https" "containerPort")
  (list "controlPlane" "ports" "servlet-https" "protocol")
  (list "controlPlane" "ports" "servlet-https" "appProtocol")
  (list "controlPlane" "ports" "servlet-http")
  (list "controlPlane" "ports" "servlet-http" "containerPort")
  (list "controlPlane" "ports" "servlet-http" "protocol")
  (list "controlPlane" "ports" "servlet-http" "appProtocol")
  (list "controlPlane" "ports" "binary")
  (list "controlPlane" "ports" "binary" "containerPort")
  (list "controlPlane" "ports" "binary" "protocol")
  (list "controlPlane" "ports" "binary" "appProtocol")
  (list "controlPlane" "ports" "binary-ssl")
  (list "controlPlane" "ports" "binary-ssl" "containerPort")
  (list "controlPlane" "ports" "binary-ssl" "protocol")
  (list "controlPlane" "ports" "binary-ssl" "appProtocol")
  (list "controlPlane" "ports" "jms")
  (list "controlPlane" "ports" "jms" "containerPort")
  (list "controlPlane" "ports" "jms" "protocol")
  (list "controlPlane" "ports" "jms" "appProtocol")
  (list "controlPlane" "service")
  (list "controlPlane" "service" "type")
  (list "controlPlane" "service" "sessionAffinity")
  (list "controlPlane" "service" "sessionAffinityTimeoutSeconds")
  (list "controlPlane" "revisionHistoryLimit")
  (list "controlPlane" "terminationGracePeriodSeconds")
  (list "controlPlane" "podDisruptionBudget")
  (list "controlPlane" "podDisruptionBudget" "create")
  (list "controlPlane" "podDisruptionBudget" "maxUnavailable")
  (list "controlPlane" "configFiles")
  (list "controlPlane" "configFiles" "deployment.toml")
  (list "controlPlane" "configFiles" "deployment.toml" "path")
  (list "controlPlane" "configFiles" "deployment.toml" "content")
  (list "controlPlane" "volumes")
  (list "controlPlane" "volumes" "logs")
  (list "controlPlane" "volumes" "logs" "path")
  (list "controlPlane" "volumes" "logs" "persistence")
  (list "controlPlane" "volumes" "logs" "persistence" "accessModes")
  (list "controlPlane" "volumes" "logs" "persistence" "size")
  (list "controlPlane" "clustering")
  (list "controlPlane" "ingress")
  (list "controlPlane" "ingress" "className")
  (list "controlPlane" "ingress" "host")
  (list "controlPlane" "ingress" "path")
  (list "controlPlane" "ingress" "pathType")
  (list "controlPlane" "ingress" "port")
  (list "controlPlane" "ingress" "backendProtocol")
  (list "controlPlane" "ingress" "sticky")
  (list "controlPlane" "ingress" "tls")
  (list "controlPlane" "ingress" "tls" "enabled")
  (list "controlPlane" "httpRoute")
  (list "controlPlane" "httpRoute" "parentRefs")
  (list "controlPlane" "httpRoute" "hostnames")
  (list "controlPlane" "httpRoute" "path")
  (list "controlPlane" "httpRoute" "port")
  (list "controlPlane" "podAntiAffinityPreset")
  (list "universalGateway")
  (list "universalGateway" "enabled")
  (list "universalGateway" "controller")
  (list "universalGateway" "replicaCount")
  (list "universalGateway" "productHome")
  (list "universalGateway" "image")
  (list "universalGateway" "image" "repository")
  (list "universalGateway" "ports")
  (list "universalGateway" "ports" "servlet-https")
  (list "universalGateway" "ports" "servlet-https" "containerPort")
  (list "universalGateway" "ports" "servlet-https" "protocol")
  (list "universalGateway" "ports" "servlet-https" "appProtocol")
  (list "universalGateway" "ports" "servlet-http")
  (list "universalGateway" "ports" "servlet-http" "containerPort")
  (list "universalGateway" "ports" "servlet-http" "protocol")
  (list "universalGateway" "ports" "servlet-http" "appProtocol")
  (list "universalGateway" "ports" "gateway-https")
  (list "universalGateway" "ports" "gateway-https" "containerPort")
  (list "universalGateway" "ports" "gateway-https" "protocol")
  (list "universalGateway" "ports" "gateway-https" "appProtocol")
  (list "universalGateway" "ports" "gateway-http")
  (list "universalGateway" "ports" "gateway-http" "containerPort")
  (list "universalGateway" "ports" "gateway-http" "protocol")
  (list "universalGateway" "ports" "gateway-http" "appProtocol")
  (list "universalGateway" "ports" "websocket-wss")
  (list "universalGateway" "ports" "websocket-wss" "containerPort")
  (list "universalGateway" "ports" "websocket-wss" "protocol")
  (list "universalGateway" "ports" "websocket-wss" "appProtocol")
  (list "universalGateway" "ports" "websocket-ws")
  (list "universalGateway" "ports" "websocket-ws" "containerPort")
  (list "universalGateway" "ports" "websocket-ws" "protocol")
  (list "universalGateway" "ports" "websocket-ws" "appProtocol")
  (list "universalGateway" "ports" "websub-https")
  (list "universalGateway" "ports" "websub-https" "containerPort")
  (list "universalGateway" "ports" "websub-https" "protocol")
  (list "universalGateway" "ports" "websub-https" "appProtocol")
  (list "universalGateway" "ports" "websub-http")
  (list "universalGateway" "ports" "websub-http" "containerPort")
  (list "universalGateway" "ports" "websub-http" "protocol")
  (list "universalGateway" "ports" "websub-http" "appProtocol")
  (list "universalGateway" "service")
  (list "universalGateway" "service" "type")
  (list "universalGateway" "service" "sessionAffinity")
  (list "universalGateway" "service" "sessionAffinityTimeoutSeconds")
  (list "universalGateway" "revisionHistoryLimit")
  (list "universalGateway" "terminationGracePeriodSeconds")
  (list "universalGateway" "autoscaling")
  (list "universalGateway" "autoscaling" "enabled")
  (list "universalGateway" "autoscaling" "minReplicas")
  (list "universalGateway" "autoscaling" "maxReplicas")
  (list "universalGateway" "autoscaling" "targetCPUUtilizationPercentage")
  (list "universalGateway" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "universalGateway" "podDisruptionBudget")
  (list "universalGateway" "podDisruptionBudget" "create")
  (list "universalGateway" "podDisruptionBudget" "maxUnavailable")
  (list "universalGateway" "configFiles")
  (list "universalGateway" "configFiles" "deployment.toml")
  (list "universalGateway" "configFiles" "deployment.toml" "path")
  (list "universalGateway" "configFiles" "deployment.toml" "content")
  (list "universalGateway" "volumes")
  (list "universalGateway" "volumes" "logs")
  (list "universalGateway" "volumes" "logs" "path")
  (list "universalGateway" "volumes" "logs" "persistence")
  (list "universalGateway" "volumes" "logs" "persistence" "accessModes")
  (list "universalGateway" "volumes" "logs" "persistence" "size")
  (list "universalGateway" "clustering")
  (list "universalGateway" "ingress")
  (list "universalGateway" "ingress" "className")
  (list "universalGateway" "ingress" "host")
  (list "universalGateway" "ingress" "path")
  (list "universalGateway" "ingress" "pathType")
  (list "universalGateway" "ingress" "port")
  (list "universalGateway" "ingress" "backendProtocol")
  (list "universalGateway" "ingress" "tls")
  (list "universalGateway" "ingress" "tls" "enabled")
  (list "universalGateway" "httpRoute")
  (list "universalGateway" "httpRoute" "parentRefs")
  (list "universalGateway" "httpRoute" "hostnames")
  (list "universalGateway" "httpRoute" "path")
  (list "universalGateway" "httpRoute" "port")
  (list "universalGateway" "podAntiAffinityPreset")
  (list "trafficManager")
  (list "trafficManager" "enabled")
  (list "trafficManager" "controller")
  (list "trafficManager" "replicaCount")
  (list "trafficManager" "productHome")
  (list "trafficManager" "image")
  (list "trafficManager" "image" "repository")
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
  (list "keyManager")
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
{{- if not (regexMatch "^[a-z]" (include "apim-distributed.fullname" .)) }}
{{- $messages = append $messages (printf "fullnameOverride: resource names start with %q, and Service names must start with a letter; choose a release name that does, or set fullnameOverride" (include "apim-distributed.fullname" .)) }}
{{- end }}
{{- if and .Values.adminCredentials.existingSecret .Values.adminCredentials.password }}
{{- $messages = append $messages "adminCredentials: set either existingSecret or password, not both" }}
{{- end }}
{{- range $component := include "apim-distributed.componentKeys" . | splitList " " }}
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
{{- if .Values.controlPlane.enabled }}
{{- if not .Values.universalGateway.enabled }}
{{- $messages = append $messages "universalGateway.enabled: controlPlane cannot work without universalGateway; enable it (or disable controlPlane)" }}
{{- end }}
{{- end }}
{{- if .Values.universalGateway.enabled }}
{{- if not .Values.controlPlane.enabled }}
{{- $messages = append $messages "controlPlane.enabled: universalGateway cannot work without controlPlane; enable it (or disable universalGateway)" }}
{{- end }}
{{- if not .Values.trafficManager.enabled }}
{{- $messages = append $messages "trafficManager.enabled: universalGateway cannot work without trafficManager; enable it (or disable universalGateway)" }}
{{- end }}
{{- end }}
{{- if .Values.trafficManager.enabled }}
{{- if not .Values.controlPlane.enabled }}
{{- $messages = append $messages "controlPlane.enabled: trafficManager cannot work without controlPlane; enable it (or disable trafficManager)" }}
{{- end }}
{{- end }}
{{- if .Values.keyManager.enabled }}
{{- if not .Values.controlPlane.enabled }}
{{- $messages = append $messages "controlPlane.enabled: keyManager cannot work without controlPlane; enable it (or disable keyManager)" }}
{{- end }}
{{- end }}
{{- $clustered := list }}
{{- range $component := include "apim-distributed.componentKeys" . | splitList " " }}
{{- if and (index $.Values $component).enabled (index $.Values $component).clustering.enabled }}
{{- $clustered = append $clustered $component }}
{{- end }}
{{- end }}
{{- if and $clustered (or (not .Values.clusterDiscovery.membershipScheme.image.repository) (not .Values.clusterDiscovery.membershipScheme.jarPath)) }}
{{- $messages = append $messages (printf "clusterDiscovery.membershipScheme: %s enable clustering, and the product image has no Kubernetes membership scheme jar; set image.repository and jarPath of an image that carries it" (join ", " $clustered)) }}
{{- end }}
{{- if eq .Values.database.type "evaluation" }}
{{- $users := list }}
{{- range $component := include "apim-distributed.componentKeys" . | splitList " " }}
{{- $values := index $.Values $component }}
{{- if and $values.enabled (include "apim-distributed.component.usesDatabases" (dict "context" $ "component" $component)) }}
{{- $users = append $users $component }}
{{- if or ($values.autoscaling | default dict).enabled (gt (int $values.replicaCount) 1) }}
{{- $messages = append $messages (printf "database.type: the evaluation databases live inside each pod, so %s cannot run more than one; set an external database to scale it" $component) }}
{{- end }}
{{- end }}
{{- end }}
{{- if gt (len $users) 1 }}
{{- $messages = append $messages (printf "database.type: %s share the product databases, and the evaluation databases live inside each pod; set an external database" (join " and " $users)) }}
{{- end }}
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
{{- range $component := include "apim-distributed.componentKeys" . | splitList " " }}
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
{{- include "apim-distributed.failValues" (join "\n  " $messages) }}
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
