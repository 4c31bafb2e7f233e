{{/*
Rules between values that the JSON schema cannot express. Every broken rule is
reported at once, each naming the value path to change.
*/}}
{{- define "esb.validateValues" -}}
{{- $messages := list }}
{{- /*
helm deletes a key set to null before the schema is checked (helm lint keeps it, as null).
These are the values the chart cannot do without: a deleted one is named here instead of
crashing a template. A deleted parent is reported once, as the parent.
*/}}
{{- range $path := list
  (list "global")
  (list "image")
  (list "image" "repository")
  (list "image" "tag")
  (list "image" "pullPolicy")
  (list "productHome")
  (list "serviceAccount")
  (list "serviceAccount" "create")
  (list "adminCredentials")
  (list "adminCredentials" "username")
  (list "keystores")
  (list "keystores" "files")
  (list "clusterDiscovery")
  (list "clusterDiscovery" "hazelcastPort")
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
  (list "manager")
  (list "manager" "enabled")
  (list "manager" "controller")
  (list "manager" "replicaCount")
  (list "manager" "image")
  (list "manager" "ports")
  (list "manager" "ports" "servlet-https")
  (list "manager" "ports" "servlet-https" "containerPort")
  (list "manager" "ports" "servlet-https" "protocol")
  (list "manager" "ports" "servlet-https" "appProtocol")
  (list "manager" "ports" "servlet-http")
  (list "manager" "ports" "servlet-http" "containerPort")
  (list "manager" "ports" "servlet-http" "protocol")
  (list "manager" "ports" "servlet-http" "appProtocol")
  (list "manager" "service")
  (list "manager" "service" "type")
  (list "manager" "service" "sessionAffinity")
  (list "manager" "service" "sessionAffinityTimeoutSeconds")
  (list "manager" "revisionHistoryLimit")
  (list "manager" "terminationGracePeriodSeconds")
  (list "manager" "autoscaling")
  (list "manager" "autoscaling" "minReplicas")
  (list "manager" "autoscaling" "maxReplicas")
  (list "manager" "autoscaling" "targetCPUUtilizationPercentage")
  (list "manager" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "manager" "podDisruptionBudget")
  (list "manager" "podDisruptionBudget" "create")
  (list "manager" "podDisruptionBudget" "maxUnavailable")
  (list "manager" "configFiles")
  (list "manager" "volumes")
  (list "manager" "volumes" "logs")
  (list "manager" "volumes" "logs" "path")
  (list "manager" "volumes" "logs" "persistence")
  (list "manager" "volumes" "logs" "persistence" "accessModes")
  (list "manager" "volumes" "logs" "persistence" "size")
  (list "manager" "clustering")
  (list "manager" "clustering" "enabled")
  (list "manager" "ingress")
  (list "manager" "ingress" "className")
  (list "manager" "ingress" "host")
  (list "manager" "ingress" "path")
  (list "manager" "ingress" "pathType")
  (list "manager" "ingress" "port")
  (list "manager" "ingress" "backendProtocol")
  (list "manager" "ingress" "sticky")
  (list "manager" "ingress" "tls")
  (list "manager" "ingress" "tls" "enabled")
  (list "manager" "httpRoute")
  (list "manager" "httpRoute" "parentRefs")
  (list "manager" "httpRoute" "hostnames")
  (list "manager" "httpRoute" "path")
  (list "manager" "httpRoute" "port")
  (list "manager" "podAntiAffinityPreset")
  (list "worker")
  (list "worker" "enabled")
  (list "worker" "controller")
  (list "worker" "replicaCount")
  (list "worker" "image")
  (list "worker" "image" "repository")
  (list "worker" "ports")
  (list "worker" "ports" "pass-through")
  (list "worker" "ports" "pass-through" "containerPort")
  (list "worker" "ports" "pass-through" "protocol")
  (list "worker" "ports" "pass-through" "appProtocol")
  (list "worker" "ports" "pass-through-s")
  (list "worker" "ports" "pass-through-s" "containerPort")
  (list "worker" "ports" "pass-through-s" "protocol")
  (list "worker" "ports" "pass-through-s" "appProtocol")
  (list "worker" "service")
  (list "worker" "service" "type")
  (list "worker" "service" "sessionAffinity")
  (list "worker" "service" "sessionAffinityTimeoutSeconds")
  (list "worker" "revisionHistoryLimit")
  (list "worker" "terminationGracePeriodSeconds")
  (list "worker" "autoscaling")
  (list "worker" "autoscaling" "minReplicas")
  (list "worker" "autoscaling" "maxReplicas")
  (list "worker" "autoscaling" "targetCPUUtilizationPercentage")
  (list "worker" "autoscaling" "targetMemoryUtilizationPercentage")
  (list "worker" "podDisruptionBudget")
  (list "worker" "podDisruptionBudget" "create")
  (list "worker" "podDisruptionBudget" "maxUnavailable")
  (list "worker" "configFiles")
  (list "worker" "volumes")
  (list "worker" "volumes" "logs")
  (list "worker" "volumes" "logs" "path")
  (list "worker" "volumes" "logs" "persistence")
  (list "worker" "volumes" "logs" "persistence" "accessModes")
  (list "worker" "volumes" "logs" "persistence" "size")
  (list "worker" "clustering")
  (list "worker" "clustering" "enabled")
  (list "worker" "ingress")
  (list "worker" "ingress" "className")
  (list "worker" "ingress" "host")
  (list "worker" "ingress" "path")
  (list "worker" "ingress" "pathType")
  (list "worker" "ingress" "port")
  (list "worker" "ingress" "backendProtocol")
  (list "worker" "ingress" "tls")
  (list "worker" "ingress" "tls" "enabled")
  (list "worker" "httpRoute")
  (list "worker" "httpRoute" "parentRefs")
  (list "worker" "httpRoute" "hostnames")
  (list "worker" "httpRoute" "path")
  (list "worker" "httpRoute" "port")
  (list "worker" "podAntiAffinityPreset")
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
{{- if not (regexMatch "^[a-z]" (include "esb.fullname" .)) }}
{{- $messages = append $messages (printf "fullnameOverride: resource names start with %q, and Service names must start with a letter; choose a release name that does, or set fullnameOverride" (include "esb.fullname" .)) }}
{{- end }}
{{- if and .Values.adminCredentials.existingSecret .Values.adminCredentials.password }}
{{- $messages = append $messages "adminCredentials: set either existingSecret or password, not both" }}
{{- end }}
{{- range $component := include "esb.componentKeys" . | splitList " " }}
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
{{- if not (or .Values.global.imageRegistry .Values.image.registry) }}
{{- $messages = append $messages "image.registry: WSO2 publishes no WSO2 ESB images; build them with WSO2's Dockerfiles, push them to your registry and set image.registry (or global.imageRegistry)" }}
{{- end }}
{{- range $component := include "esb.componentKeys" . | splitList " " }}
{{- $values := index $.Values $component }}
{{- if and $values.enabled (not ($values.podSecurityContext | default dict).runAsUser) }}
{{- $messages = append $messages (printf "%s.podSecurityContext.runAsUser: the image fixes no user id; set the id of its product user (id -u in the image)" $component) }}
{{- end }}
{{- end }}
{{- /* Ports: Kubernetes refuses a Service with two equal port/protocol pairs or a node port taken twice, and ignores a nodePort on a ClusterIP Service. */}}
{{- $nodePorts := dict }}
{{- range $component := include "esb.componentKeys" . | splitList " " }}
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
{{- include "esb.failValues" (join "\n  " $messages) }}
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
