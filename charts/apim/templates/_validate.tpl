{{/*
Rules between values that the JSON schema cannot express. Every broken rule is
reported at once, each naming the value path to change.
*/}}
{{- define "apim.validateValues" -}}
{{- $messages := list }}
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
{{- $messages = append $messages (printf "%s.autoscaling: minReplicas (%v) must not exceed maxReplicas (%v)" $component $autoscaling.minReplicas $autoscaling.maxReplicas) }}
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
{{- if $messages }}
{{- fail (printf "\n\nVALUES VALIDATION:\n  %s" (join "\n  " $messages)) }}
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
