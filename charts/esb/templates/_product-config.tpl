{{/*
Fragments of the product configuration that depend on other values, for config files
to include (they are rendered with tpl). Credentials are never written here: the
product reads them from environment variables fed by Secrets.
*/}}

{{/*
The <clustering> element of axis2.xml: Hazelcast with the Carbon Kubernetes membership
scheme. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "esb.config.clustering" -}}
{{- $root := .context }}
{{- if (index $root.Values .component).clustering.enabled }}
<clustering class="org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent" enable="true">
    <parameter name="AvoidInitiation">true</parameter>
    <parameter name="membershipScheme">kubernetes</parameter>
    <parameter name="domain">{{ include "esb.component.fullname" . }}.domain</parameter>
    <parameter name="localMemberPort">{{ $root.Values.clusterDiscovery.hazelcastPort }}</parameter>
    <parameter name="membershipSchemeClassName">org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme</parameter>
    <parameter name="KUBERNETES_NAMESPACE">{{ $root.Release.Namespace }}</parameter>
    <parameter name="KUBERNETES_SERVICES">{{ include "esb.clusterServices" $root }}</parameter>
</clustering>
{{- else }}
<clustering class="org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent" enable="false"/>
{{- end }}
{{- end }}
