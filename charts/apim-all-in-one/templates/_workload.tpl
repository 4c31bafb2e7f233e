{{/*
The controller of one component: a Deployment, or a StatefulSet when the component
needs a stable identity. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-all-in-one.component.workload" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $name := include "apim-all-in-one.component.name" . }}
{{- $statefulSet := eq $values.controller "StatefulSet" }}
apiVersion: apps/v1
kind: {{ $values.controller }}
metadata:
  name: {{ include "apim-all-in-one.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-all-in-one.component.labels" . | nindent 4 }}
spec:
  {{- if not ($values.autoscaling | default dict).enabled }}
  {{- /* With an HPA the replica count is the autoscaler's: setting it here would reset the scale on every upgrade. */}}
  replicas: {{ $values.replicaCount | int64 }}
  {{- end }}
  revisionHistoryLimit: {{ $values.revisionHistoryLimit | int64 }}
  {{- if $statefulSet }}
  serviceName: {{ include "apim-all-in-one.component.headlessName" . }}
  podManagementPolicy: Parallel
  updateStrategy:
    type: RollingUpdate
  {{- else }}
  {{- /* A strategy set to null or {} leaves the Deployment's default (RollingUpdate). */}}
  {{- with $values.updateStrategy }}
  strategy:
    {{- with .type }}
    type: {{ . }}
    {{- end }}
    {{- /* Recreate takes no rollingUpdate block; the API server would reject one. */}}
    {{- if ne (.type | default "RollingUpdate") "Recreate" }}
    {{- with .rollingUpdate }}
    rollingUpdate:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- end }}
  {{- end }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "apim-all-in-one.component.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "apim-all-in-one.component.podLabels" . | nindent 8 }}
      annotations:
        {{- /* A change of configuration rolls the pods. */}}
        checksum/config: {{ include "apim-all-in-one.component.configmap" . | sha256sum }}
        {{- if $root.Values.metrics.enabled }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $root.Values.metrics.port | quote }}
        prometheus.io/path: {{ $root.Values.metrics.path | quote }}
        {{- end }}
        {{- with $values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "apim-all-in-one.serviceAccountName" $root | quote }}
      {{- /* Only cluster members call the Kubernetes API (membership scheme); no other pod gets a token. */}}
      automountServiceAccountToken: {{ and $values.clustering.enabled (not $root.Values.clusterDiscovery.useDNS) }}
      {{- with include "apim-all-in-one.imagePullSecrets" $root }}
      imagePullSecrets:
        {{- . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ $values.terminationGracePeriodSeconds | int64 }}
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with include "apim-all-in-one.component.affinity" . | trim }}
      affinity:
        {{- . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with include "apim-all-in-one.component.initContainers" . }}
      initContainers:
        {{- . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ $name | quote }}
          image: {{ include "apim-all-in-one.component.image" . | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy | quote }}
          {{- $args := $values.extraArgs }}
          {{- if $values.profile }}
          {{- $args = prepend $args (printf "-Dprofile=%s" $values.profile) }}
          {{- end }}
          {{- with $args }}
          args:
            {{- range . }}
            - {{ . | quote }}
            {{- end }}
          {{- end }}
          env:
            {{- include "apim-all-in-one.component.env" . | nindent 12 }}
          ports:
            {{- range $portName, $port := $values.ports }}
            - name: {{ $portName | quote }}
              containerPort: {{ $port.containerPort }}
              protocol: {{ $port.protocol | quote }}
            {{- end }}
            {{- if $values.clustering.enabled }}
            - name: hazelcast
              containerPort: {{ $root.Values.clusterDiscovery.hazelcastPort }}
              protocol: TCP
            {{- end }}
            {{- if $root.Values.metrics.enabled }}
            - name: metrics
              containerPort: {{ $root.Values.metrics.port }}
              protocol: TCP
            {{- end }}
          {{- range $probe := list "startupProbe" "livenessProbe" "readinessProbe" }}
          {{- with index $values $probe }}
          {{ $probe }}:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- end }}
          {{- with $values.lifecycle }}
          lifecycle:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          resources:
            {{- toYaml $values.resources | nindent 12 }}
          securityContext:
            {{- toYaml $values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            {{- include "apim-all-in-one.component.volumeMounts" . | nindent 12 }}
        {{- include "apim-all-in-one.component.artifactSyncSidecar" . | nindent 8 }}
        {{- with $values.sidecars }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      volumes:
        {{- include "apim-all-in-one.component.volumes" . | nindent 8 }}
{{- end }}

{{/* Environment of the product container: pod address, credentials from Secrets, extras. */}}
{{- define "apim-all-in-one.component.env" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
- name: NODE_IP
  valueFrom:
    fieldRef:
      fieldPath: status.podIP
- name: POD_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
- name: ADMIN_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.adminSecretName" $root | quote }}
      key: username
- name: ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.adminSecretName" $root | quote }}
      key: password
- name: JVM_MEM_OPTS
  value: {{ $root.Values.jvmMemoryOptions | quote }}
{{- if include "apim-all-in-one.component.usesDatabases" . }}
- name: DB_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.database.secretName" $root | quote }}
      key: username
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.database.secretName" $root | quote }}
      key: password
{{- end }}
- name: ENCRYPTION_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.encryptionKey.secretName" $root | quote }}
      key: encryption-key
{{- if $root.Values.keystores.existingSecret }}
- name: KEYSTORE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $root.Values.keystores.existingSecret | quote }}
      key: password
{{- end }}
{{- with $values.extraEnvVars }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Where each volume of the product container is mounted. */}}
{{- define "apim-all-in-one.component.volumeMounts" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $home := include "apim-all-in-one.component.productHome" . }}
{{- range $key, $file := $values.configFiles }}
- name: config
  {{- /* The image's entrypoint copies this folder over the product home after applying the profile. */}}
  mountPath: {{ printf "/home/wso2carbon/wso2-config-volume/%s" $file.path | quote }}
  subPath: {{ $key | quote }}
  readOnly: true
{{- end }}
{{- range $volumeName, $volume := $values.volumes }}
- name: {{ $volumeName | quote }}
  mountPath: {{ include "apim-all-in-one.productPath" (dict "context" $root "component" $.component "path" $volume.path) | quote }}
{{- end }}
{{- if $root.Values.keystores.existingSecret }}
{{- range $file := $root.Values.keystores.files }}
- name: keystores
  mountPath: {{ printf "/home/wso2carbon/wso2-config-volume/repository/resources/security/%s" $file | quote }}
  subPath: {{ $file | quote }}
  readOnly: true
{{- end }}
{{- end }}
{{- if and (ne $root.Values.database.type "evaluation") (include "apim-all-in-one.component.usesDatabases" .) }}
- name: jdbc-driver
  mountPath: "/home/wso2carbon/wso2-artifact-volume/repository/components/lib"
  readOnly: true
{{- end }}
{{- if $values.clustering.enabled }}
- name: membership-scheme
  mountPath: "/home/wso2carbon/wso2-artifact-volume/repository/components/dropins"
  readOnly: true
{{- end }}
{{- if include "apim-all-in-one.component.artifactVolume" . }}
- name: artifacts
  mountPath: {{ include "apim-all-in-one.productPath" (dict "context" $root "component" .component "path" "") | quote }}
{{- end }}
{{- with $values.extraVolumeMounts }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* The pod's volumes. */}}
{{- define "apim-all-in-one.component.volumes" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
- name: config
  configMap:
    name: {{ include "apim-all-in-one.component.fullname" . }}
{{- range $volumeName, $volume := $values.volumes }}
- name: {{ $volumeName | quote }}
  {{- if $volume.persistence.enabled }}
  persistentVolumeClaim:
    claimName: {{ $volume.persistence.existingClaim | default (printf "%s-%s" (include "apim-all-in-one.component.fullname" $) $volumeName) | quote }}
  {{- else }}
  emptyDir: {}
  {{- end }}
{{- end }}
{{- if $root.Values.keystores.existingSecret }}
- name: keystores
  secret:
    secretName: {{ $root.Values.keystores.existingSecret | quote }}
{{- end }}
{{- if and (ne $root.Values.database.type "evaluation") (include "apim-all-in-one.component.usesDatabases" .) }}
- name: jdbc-driver
  emptyDir: {}
{{- end }}
{{- if $values.clustering.enabled }}
- name: membership-scheme
  emptyDir: {}
{{- end }}
{{- include "apim-all-in-one.component.artifactVolumes" . }}
{{- with $values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Init containers: the JDBC driver copied from its image, artifact seeding, then the user's. */}}
{{- define "apim-all-in-one.component.initContainers" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- if and (ne $root.Values.database.type "evaluation") (include "apim-all-in-one.component.usesDatabases" .) }}
{{- include "apim-all-in-one.component.jarCopy" (dict "component" . "name" "jdbc-driver" "jar" $root.Values.database.jdbcDriver "where" "database.jdbcDriver") }}
{{- end }}
{{- if $values.clustering.enabled }}
{{- include "apim-all-in-one.component.jarCopy" (dict "component" . "name" "membership-scheme" "jar" $root.Values.clusterDiscovery.membershipScheme "where" "clusterDiscovery.membershipScheme") }}
{{- end }}
{{- include "apim-all-in-one.component.artifactSeed" . }}
{{- with $values.initContainers }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
An init container that copies one jar from its image into an emptyDir of the same name
(JDBC drivers, the membership scheme): nothing is downloaded at run time.
Call with (dict "component" <component dict> "name" "<volume>" "jar" <values with image, jarPath> "where" "<values path>").
*/}}
{{- define "apim-all-in-one.component.jarCopy" -}}
{{- $root := .component.context }}
{{- $values := index $root.Values .component.component }}
- name: {{ .name }}
  image: {{ include "apim-all-in-one.imageReference" (dict "image" .jar.image "context" $root "where" .where) | quote }}
  imagePullPolicy: IfNotPresent
  command: ["cp", {{ .jar.jarPath | quote }}, {{ printf "/%s/" .name | quote }}]
  resources:
    {{- toYaml $values.resources | nindent 4 }}
  securityContext:
    {{- toYaml $values.containerSecurityContext | nindent 4 }}
  volumeMounts:
    - name: {{ .name }}
      mountPath: {{ printf "/%s" .name | quote }}
{{- end }}

{{/* The anti-affinity preset, unless explicit affinity rules are given. */}}
{{- define "apim-all-in-one.component.affinity" -}}
{{- $values := index .context.Values .component }}
{{- if $values.affinity }}
{{- toYaml $values.affinity }}
{{- else if ne $values.podAntiAffinityPreset "none" }}
{{- $term := dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" (include "apim-all-in-one.component.selectorLabels" . | fromYaml)) }}
podAntiAffinity:
{{- if eq $values.podAntiAffinityPreset "hard" }}
  requiredDuringSchedulingIgnoredDuringExecution:
    {{- toYaml (list $term) | nindent 4 }}
{{- else }}
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        {{- toYaml $term | nindent 8 }}
{{- end }}
{{- end }}
{{- end }}
