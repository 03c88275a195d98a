{{/* The release's name prefix for every object. */}}
{{- define "dangjian.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels of every object; "component" names the app. */}}
{{- define "dangjian.labels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/component: {{ .component }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "dangjian.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* The image of an app: <registry>/<repository>-<app>:<tag>. */}}
{{- define "dangjian.image" -}}
{{- $repo := printf "%s-%s" .root.Values.image.repository .app -}}
{{- $tag := .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if .root.Values.image.registry -}}
{{- printf "%s/%s:%s" .root.Values.image.registry $repo $tag -}}
{{- else -}}
{{- printf "%s:%s" $repo $tag -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding a kind of credential: the operator's existing one, or the chart's. */}}
{{- define "dangjian.secretName" -}}
{{- $existing := index .root.Values .key "existingSecret" -}}
{{- if $existing -}}{{ $existing }}{{- else -}}{{ include "dangjian.fullname" .root }}-{{ .key | lower }}{{- end -}}
{{- end -}}

{{/* Refusals that must stop an install, with the reason. */}}
{{- define "dangjian.checks" -}}
{{- if and (eq .Values.environment "prod") (eq .Values.mongodb.server "ferretdb") (not .Values.mongodb.allowFerretDBInProd) -}}
{{- fail "mongodb.server=ferretdb is refused in prod: FerretDB 1.24 scans every filter but _id and updates without atomicity, so lists slow down with the county's data and concurrent changes can be lost. Use MongoDB 7 as a replica set (or a server with its semantics), or set mongodb.allowFerretDBInProd=true to accept this." -}}
{{- end -}}
{{- if and (not .Values.mongodb.existingSecret) (not .Values.mongodb.url) -}}
{{- fail "mongodb.url or mongodb.existingSecret is required" -}}
{{- end -}}
{{- if and (not .Values.fieldEncryption.existingSecret) (or (not .Values.fieldEncryption.keys) (not .Values.fieldEncryption.activeKey) (not .Values.fieldEncryption.blindIndexKey)) -}}
{{- fail "fieldEncryption.keys, activeKey and blindIndexKey (or fieldEncryption.existingSecret) are required: the services refuse to start without them" -}}
{{- end -}}
{{- if and (eq .Values.environment "prod") .Values.ingress.enabled (not .Values.ingress.tls.enabled) -}}
{{- fail "ingress.tls.enabled must be true in prod: tokens and personal data travel over the ingress" -}}
{{- end -}}
{{- end -}}

{{/* A network peer: pods selected by namespace and labels. */}}
{{- define "dangjian.peer" -}}
- namespaceSelector:
    {{- toYaml .namespaceSelector | nindent 4 }}
  podSelector:
    {{- toYaml .podSelector | nindent 4 }}
{{- end -}}
