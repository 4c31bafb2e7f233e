{{/*
Rules between values that the JSON schema cannot express. Every broken rule is
reported at once, each naming the value path to change.
*/}}
{{- define "apim-all-in-one.validateValues" -}}
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
  (list "apim")
  (list "apim" "enabled")
  (list "apim" "controller")
  (list "apim" "replicaCount")
  (list "apim" "image")
  (list "apim" "ports")
  (list "apim" "ports" "servlet-https")
  (list "apim" "ports" "servlet-https" "containerPort")
  (list "apim" "ports" "servlet-https" "protocol")
  (list "apim" "ports" "servlet-https" "appProtocol")
  (list "apim" "ports" "servlet-http")
  (list "apim" "ports" "servlet-http" "containerPort")
  (list "apim" "ports" "servlet-http" "protocol")
  (list "apim" "ports" "servlet-http" "appProtocol")
  (list "apim" "ports" "gateway-https")
  (list "apim" "ports" "gateway-https" "containerPort")
  (list "apim" "ports" "gateway-https" "protocol")
  (list "apim" "ports" "gateway-https" "appProtocol")
  (list "apim" "ports" "gateway-http")
  (list "apim" "ports" "gateway-http" "containerPort")
  (list "apim" "ports" "gateway-http" "protocol")
  (list "apim" "ports" "gateway-http" "appProtocol")
  (list "apim" "ports" "websocket-wss")
  (list "apim" "ports" "websocket-wss" "containerPort")
  (list "apim" "ports" "websocket-wss" "protocol")
  (list "apim" "ports" "websocket-wss" "appProtocol")
  (list "apim" "ports" "websocket-ws")
  (list "apim" "ports" "websocket-ws" "containerPort")
  (list "apim" "ports" "websocket-ws" "protocol")
  (list "apim" "ports" "websocket-ws" "appProtocol")
  (list "apim" "ports" "websub-https")
  (list "apim" "ports" "websub-https" "containerPort")
  (list "apim" "ports" "websub-https" "protocol")
  (list "apim" "ports" "websub-https" "appProtocol")
  (list "apim" "ports" "websub-http")
  (list "apim" "ports" "websub-http" "containerPort")
  (list "apim" "ports" "websub-http" "protocol")
  (list "apim" "ports" "websub-http" "appProtocol")
  (list "apim" "ports" "binary")
  (list "apim" "ports" "binary" "containerPort")
  (list "apim" "ports" "binary" "protocol")
  (list "apim" "ports" "binary" "appProtocol")
  (list "apim" "ports" "binary-ssl")
  (list "apim" "ports" "binary-ssl" "containerPort")
  (list "apim" "ports" "binary-ssl" "protocol")
  (list "apim" "ports" "binary-ssl" "appProtocol")
  (list "apim" "ports" "jms")
  (list "apim" "ports" "jms" "containerPort")
  (list "apim" "ports" "jms" "protocol")
  (list "apim" "ports" "jms" "appProtocol")
  (list "apim" "service")
  (list "apim" "service" "type")
  (list "apim" "service" "sessionAffinity")
  (list "apim" "service" "sessionAffinityTimeoutSeconds")
  (list "apim" "revisionHistoryLimit")
  (list "apim" "terminationGracePeriodSeconds")
  (list "apim" "autoscaling")
  (list "apim" "autoscaling" "minReplicas")
  (list "apim" "autoscaling" "maxReplicas")
  (list "apim" "autoscaling" "targetCPUUtilizationPercentage")
  (list "apim" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "apim" "podDisruptionBudget")
  (list "apim" "podDisruptionBudget" "create")
  (list "apim" "podDisruptionBudget" "maxUnavailable")
  (list "apim" "configFiles")
  (list "apim" "configFiles" "deployment.toml")
  (list "apim" "configFiles" "deployment.toml" "path")
  (list "apim" "configFiles" "deployment.toml" "content")
  (list "apim" "volumes")
  (list "apim" "volumes" "logs")
  (list "apim" "volumes" "logs" "path")
  (list "apim" "volumes" "logs" "persistence")
  (list "apim" "volumes" "logs" "persistence" "accessModes")
  (list "apim" "volumes" "logs" "persistence" "size")
  (list "apim" "clustering")
  (list "apim" "ingress")
  (list "apim" "ingress" "className")
  (list "apim" "ingress" "host")
  (list "apim" "ingress" "path")
  (list "apim" "ingress" "pathType")
  (list "apim" "ingress" "port")
  (list "apim" "ingress" "backendProtocol")
  (list "apim" "ingress" "sticky")
  (list "apim" "ingress" "tls")
  (list "apim" "ingress" "tls" "enabled")
  (list "apim" "httpRoute")
  (list "apim" "httpRoute" "parentRefs")
  (list "apim" "httpRoute" "hostnames")
  (list "apim" "httpRoute" "path")
  (list "apim" "httpRoute" "port")
  (list "apim" "podAntiAffinityPreset")
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
{{- if not (regexMatch "^[a-z]" (include "apim-all-in-one.fullname" .)) }}
{{- $messages = append $messages (printf "fullnameOverride: resource names start with %q, and Service names must start with a letter; choose a release name that does, or set fullnameOverride" (include "apim-all-in-one.fullname" .)) }}
{{- end }}
{{- if and .Values.adminCredentials.existingSecret .Values.adminCredentials.password }}
{{- $messages = append $messages "adminCredentials: set either existingSecret or password, not both" }}
{{- end }}
{{- range $component := include "apim-all-in-one.componentKeys" . | splitList " " }}
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
{{- $clustered := list }}
{{- range $component := include "apim-all-in-one.componentKeys" . | splitList " " }}
{{- if and (index $.Values $component).enabled (index $.Values $component).clustering.enabled }}
{{- $clustered = append $clustered $component }}
{{- end }}
{{- end }}
{{- if and $clustered (or (not .Values.clusterDiscovery.membershipScheme.image.repository) (not .Values.clusterDiscovery.membershipScheme.jarPath)) }}
{{- $messages = append $messages (printf "clusterDiscovery.membershipScheme: %s enable clustering, and the product image has no Kubernetes membership scheme jar; set image.repository and jarPath of an image that carries it" (join ", " $clustered)) }}
{{- end }}
{{- if eq .Values.database.type "evaluation" }}
{{- $users := list }}
{{- range $component := include "apim-all-in-one.componentKeys" . | splitList " " }}
{{- $values := index $.Values $component }}
{{- if and $values.enabled (include "apim-all-in-one.component.usesDatabases" (dict "context" $ "component" $component)) }}
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
{{- range $component := include "apim-all-in-one.componentKeys" . | splitList " " }}
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
{{- include "apim-all-in-one.failValues" (join "\n  " $messages) }}
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
