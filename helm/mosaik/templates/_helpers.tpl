{{/* Names and labels, as `helm create` makes them. */}}
{{- define "mosaik.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "mosaik.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "mosaik.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "mosaik.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mosaik.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "mosaik.labels" -}}
helm.sh/chart: {{ include "mosaik.chart" . }}
{{ include "mosaik.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: mosaik
{{- end }}

{{- define "mosaik.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/*
Refuses values that would run Mosaik unsafely. Secrets never come from values (values.schema.json
refuses such keys, this says why).
*/}}
{{- define "mosaik.validate" -}}
{{- if not .Values.oidc.issuerUri }}
{{- fail "oidc.issuerUri is required: without an external issuer Mosaik runs its built-in sign-in with demo accounts" }}
{{- end }}
{{- if not (hasPrefix "jdbc:postgresql://" .Values.database.url) }}
{{- fail "database.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)" }}
{{- end }}
{{- if regexMatch "(?i)password=" .Values.database.url }}
{{- fail "database.url must not carry a password: put the login into the Secret named by database.existingSecret" }}
{{- end }}
{{- if not .Values.database.existingSecret }}
{{- fail "database.existingSecret is required: the name of the Secret with the database login" }}
{{- end }}
{{- if not .Values.oidc.existingSecret }}
{{- fail "oidc.existingSecret is required: the name of the Secret with the OIDC client secret" }}
{{- end }}
{{- $own := include "mosaik.ownSettings" . | fromYaml }}
{{- range $name, $value := .Values.extraEnv }}
{{- if hasKey $own $name }}
{{- fail (printf "extraEnv.%s: the chart sets %s itself, from its own value" $name $name) }}
{{- end }}
{{- end }}
{{- if and .Values.stripe.enabled (not .Values.stripe.existingSecret) }}
{{- fail "stripe.existingSecret is required when stripe.enabled: the name of the Secret with the Stripe keys" }}
{{- end }}
{{- end }}

{{/*
The non-secret settings: the ConfigMap's data, and the migration Job's env (a pre-install hook runs
before the ConfigMap exists, so the Job gets them inline).
*/}}
{{- define "mosaik.settings" -}}
{{ include "mosaik.ownSettings" . }}
{{- range $name, $value := .Values.extraEnv }}
{{ $name }}: {{ $value | toString | quote }}
{{- end }}
{{- end }}

{{- define "mosaik.ownSettings" -}}
MOSAIK_BASE_URL: {{ .Values.baseUrl | quote }}
MOSAIK_DB_URL: {{ .Values.database.url | quote }}
MOSAIK_DB_POOL_SIZE: {{ .Values.database.poolSize | toString | quote }}
MOSAIK_DB_ROLE_PREFIX: {{ .Values.database.rolePrefix | quote }}
MOSAIK_OIDC_ISSUER_URI: {{ .Values.oidc.issuerUri | quote }}
MOSAIK_OIDC_CLIENT_ID: {{ .Values.oidc.clientId | quote }}
MOSAIK_DEMO_DATA: "false"
MOSAIK_LOG_FORMAT: {{ .Values.logFormat | quote }}
MOSAIK_MIGRATIONS_ON_START: "false"
MOSAIK_MIGRATIONS_LOCK_WAIT: {{ .Values.migration.lockWait | quote }}
PORT: {{ .Values.containerPort | toString | quote }}
JAVA_TOOL_OPTIONS: {{ .Values.javaOptions | quote }}
{{- end }}

{{/* The secrets, always as references to existing Secrets. */}}
{{- define "mosaik.databaseSecretEnv" -}}
- name: MOSAIK_DB_USER
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.usernameKey }}
- name: MOSAIK_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.passwordKey }}
{{- end }}

{{- define "mosaik.applicationSecretEnv" -}}
- name: MOSAIK_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ .Values.redis.existingSecret }}
      key: {{ .Values.redis.urlKey }}
- name: MOSAIK_OIDC_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ .Values.oidc.existingSecret }}
      key: {{ .Values.oidc.clientSecretKey }}
{{- if .Values.stripe.enabled }}
- name: MOSAIK_STRIPE_SECRET_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.stripe.existingSecret }}
      key: {{ .Values.stripe.secretKeyKey }}
- name: MOSAIK_STRIPE_WEBHOOK_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ .Values.stripe.existingSecret }}
      key: {{ .Values.stripe.webhookSecretKey }}
- name: MOSAIK_STRIPE_PRICE_MUNICIPALITY
  value: {{ .Values.stripe.municipalityPrice | quote }}
- name: MOSAIK_STRIPE_PRICE_COUNTY
  value: {{ .Values.stripe.countyPrice | quote }}
{{- end }}
{{- end }}

{{/* The pod parts that the application and the migration Job share. */}}
{{- define "mosaik.podCommon" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- if .Values.serviceAccountName }}
serviceAccountName: {{ .Values.serviceAccountName }}
{{- end }}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end }}
