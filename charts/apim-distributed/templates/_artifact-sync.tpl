{{/*
Artifact distribution from the manager to the workers (whitepaper sections 7 and 9).
rsync mode: the source pod runs an rsync daemon sidecar serving its artifact
directory; each target pod runs an rsync client sidecar pulling it into its own copy.
sharedVolume mode: one ReadWriteMany claim is mounted by the source and the targets.
Either way the artifact directory is seeded from the image first, so the product's
own default artifacts are kept. Credentials come from a Secret; no SSH keys.
*/}}

{{/* source, target or none: this component's part in artifact distribution. */}}
{{- define "apim-distributed.component.artifactRole" -}}
none
{{- end }}

{{/* Non-empty when the component mounts the shared artifact directory. */}}
{{- define "apim-distributed.component.artifactVolume" -}}
{{- if ne (include "apim-distributed.component.artifactRole" .) "none" }}true{{ end }}
{{- end }}


{{- define "apim-distributed.component.artifactVolumes" -}}
{{- $role := include "apim-distributed.component.artifactRole" . }}
{{- if ne $role "none" }}
{{- $sync := .context.Values.artifactSync }}
- name: artifacts
  {{- if eq $sync.mode "sharedVolume" }}
  persistentVolumeClaim:
    claimName: {{ include "apim-distributed.artifactSync.claimName" .context | quote }}
  {{- else }}
  emptyDir: {}
- name: artifact-sync-secret
  secret:
    secretName: {{ include "apim-distributed.artifactSync.secretName" .context | quote }}
    defaultMode: 0440
- name: artifact-sync-tmp
  emptyDir: {}
  {{- end }}
{{- end }}
{{- end }}

{{/* Copies the image's own artifacts into the artifact volume before the product starts. */}}
{{- define "apim-distributed.component.artifactSeed" -}}
{{- $role := include "apim-distributed.component.artifactRole" . }}
{{- if ne $role "none" }}
{{- $values := index .context.Values .component }}
- name: artifact-seed
  image: {{ include "apim-distributed.component.image" . | quote }}
  imagePullPolicy: {{ .context.Values.image.pullPolicy | quote }}
  command: ["sh", "-c", {{ printf "cp -Rn %s/. /artifacts/" (include "apim-distributed.productPath" (dict "context" .context "path" "")) | quote }}]
  resources:
    {{- toYaml $values.resources | nindent 4 }}
  securityContext:
    {{- toYaml $values.containerSecurityContext | nindent 4 }}
  volumeMounts:
    - name: artifacts
      mountPath: /artifacts
{{- end }}
{{- end }}

{{/* The rsync daemon (source) or client (targets) beside the product container. */}}
{{- define "apim-distributed.component.artifactSyncSidecar" -}}
{{- $role := include "apim-distributed.component.artifactRole" . }}
{{- if and (ne $role "none") (eq .context.Values.artifactSync.mode "rsync") }}
{{- $values := index .context.Values .component }}
{{- $rsync := .context.Values.artifactSync.rsync }}
- name: {{ ternary "artifact-sync-server" "artifact-sync-client" (eq $role "source") }}
  image: {{ include "apim-distributed.imageReference" (dict "image" $rsync.image "context" .context "where" "artifactSync.rsync") | quote }}
  imagePullPolicy: IfNotPresent
  {{- if eq $role "source" }}
  command:
    - sh
    - -c
    - |
      printf 'sync:%s\n' "$(cat /secret/password)" > /tmp/rsyncd.secrets
      chmod 600 /tmp/rsyncd.secrets
      cat > /tmp/rsyncd.conf <<EOF
      use chroot = no
      pid file = /tmp/rsyncd.pid
      [artifacts]
        path = /artifacts
        read only = yes
        auth users = sync
        secrets file = /tmp/rsyncd.secrets
      EOF
      exec rsync --daemon --no-detach --config=/tmp/rsyncd.conf --port={{ $rsync.port }}
  ports:
    - name: rsync
      containerPort: {{ $rsync.port }}
      protocol: TCP
  readinessProbe:
    tcpSocket:
      port: rsync
  {{- else }}
  command:
    - sh
    - -c
    - |
      while true; do
        rsync -rlt --delete --password-file=/secret/password \
          rsync://sync@{{ include "apim-distributed.artifactSync.sourceHost" .context }}:{{ $rsync.port }}/artifacts/ /artifacts/ \
          || echo "artifact sync failed; retrying in {{ $rsync.intervalSeconds | int64 }}s" >&2
        sleep {{ $rsync.intervalSeconds | int64 }}
      done
  {{- end }}
  resources:
    {{- toYaml $rsync.resources | nindent 4 }}
  securityContext:
    {{- toYaml (merge (dict "readOnlyRootFilesystem" true) $values.containerSecurityContext) | nindent 4 }}
  volumeMounts:
    - name: artifacts
      mountPath: /artifacts
      readOnly: {{ eq $role "source" }}
    - name: artifact-sync-secret
      mountPath: /secret
      readOnly: true
    - name: artifact-sync-tmp
      mountPath: /tmp
{{- end }}
{{- end }}
