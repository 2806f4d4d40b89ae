// The documentation texts of every rule, keyed by rule id: the short form of docs/rules/<id>.md that reports
// carry (SARIF reportingDescriptor). catalog.ts joins them to the ids, severities and titles.

/** The group a rule belongs to (a tag in reports, a section of docs/rules/README.md). */
export type RuleFamily = 'violation' | 'admission' | 'policy' | 'rbac' | 'input';

export interface RuleText {
  family: RuleFamily;
  /** One or two sentences: what the rule finds. */
  fullDescription: string;
  /** How to fix, in Markdown (code spans only, no links): the plain-text help is this without backticks. */
  fix: string;
  /** GitHub's scale: critical >= 9.0, high 7.0–8.9, medium 4.0–6.9, low < 4.0. */
  securitySeverity: number;
  precision: 'very-high' | 'high' | 'medium' | 'low';
}

const GRANT = 'or, if the pod really needs it, grant `use` of a policy that allows it to the pod\'s service account with a RoleBinding in the pod\'s namespace.';

export const RULE_TEXTS = {
  'psp-privileged': {
    family: 'violation', securitySeverity: 9.0, precision: 'very-high',
    fullDescription: 'A container sets `securityContext.privileged: true` and no usable PodSecurityPolicy allows privileged containers. A privileged container has every capability and every host device: it controls the node.',
    fix: `Remove \`privileged: true\` (grant the one capability the container needs under \`capabilities.add\` instead), ${GRANT}`,
  },
  'psp-host-namespaces': {
    family: 'violation', securitySeverity: 8.5, precision: 'very-high',
    fullDescription: 'The pod sets `hostNetwork`, `hostPID` or `hostIPC` and no usable PodSecurityPolicy allows that host namespace. A pod in a host namespace sees and reaches the node\'s network, processes or shared memory.',
    fix: `Remove \`hostNetwork\`, \`hostPID\` or \`hostIPC\` from the pod spec (use a Service or a \`hostPort\` for network access), ${GRANT}`,
  },
  'psp-host-ports': {
    family: 'violation', securitySeverity: 6.0, precision: 'very-high',
    fullDescription: 'A container port uses a `hostPort` outside every range of the policy\'s `hostPorts`. With `hostNetwork: true` every container port counts as a host port.',
    fix: `Remove \`hostPort\` and expose the port through a Service, ${GRANT} Widening \`hostPorts\` of the policy also works.`,
  },
  'psp-volume-types': {
    family: 'violation', securitySeverity: 6.5, precision: 'very-high',
    fullDescription: 'The pod uses a volume whose type is missing from the policy\'s `volumes` list. Since Kubernetes 1.21 the service-account token is a `projected` volume that every pod gets unless token automount is off.',
    fix: `Use an allowed volume type (for example a \`persistentVolumeClaim\` instead of \`hostPath\`, or \`automountServiceAccountToken: false\` when the token is not needed), add the type to the policy's \`volumes\`, ${GRANT}`,
  },
  'psp-host-paths': {
    family: 'violation', securitySeverity: 8.0, precision: 'very-high',
    fullDescription: 'A `hostPath` volume is outside every `allowedHostPaths` prefix of the policy, or a matching prefix is `readOnly: true` and a container mounts the volume writable.',
    fix: `Mount a path under an allowed prefix and set \`readOnly: true\` on every \`volumeMounts\` entry of the volume, ${GRANT}`,
  },
  'psp-volume-drivers': {
    family: 'violation', securitySeverity: 6.0, precision: 'very-high',
    fullDescription: 'A `flexVolume` driver is not in the policy\'s `allowedFlexVolumes`, or an inline `csi` volume driver is not in its `allowedCSIDrivers`.',
    fix: `Use an allowed driver (or a PersistentVolumeClaim, which these lists never restrict), add the driver to the policy, ${GRANT}`,
  },
  'psp-capabilities': {
    family: 'violation', securitySeverity: 7.5, precision: 'very-high',
    fullDescription: 'A container adds a Linux capability that the policy neither allows (`allowedCapabilities`) nor adds by default (`defaultAddCapabilities`), or does not drop one the policy requires to be dropped.',
    fix: `Remove the capability from \`securityContext.capabilities.add\` (most images need none; \`NET_BIND_SERVICE\` is the usual exception), allow it in the policy, ${GRANT}`,
  },
  'psp-users-groups': {
    family: 'violation', securitySeverity: 6.5, precision: 'very-high',
    fullDescription: 'A user or group id is not allowed: `runAsUser` or `runAsNonRoot` against the policy\'s `runAsUser` rule (for example root under `MustRunAsNonRoot`), or `runAsGroup`, `fsGroup` or `supplementalGroups` outside its ranges.',
    fix: `Run as a non-root user inside the policy's ranges (\`runAsUser\`, \`runAsGroup\`, \`fsGroup\`, \`supplementalGroups\`), or leave the fields unset so the policy's defaults apply; ${GRANT}`,
  },
  'psp-selinux': {
    family: 'violation', securitySeverity: 5.5, precision: 'very-high',
    fullDescription: 'The pod\'s or a container\'s `seLinuxOptions` differ from the options a `seLinux: MustRunAs` policy requires.',
    fix: `Remove \`seLinuxOptions\` so the policy writes its own, or set exactly the policy's \`user\`, \`role\`, \`type\` and \`level\`; ${GRANT}`,
  },
  'psp-seccomp-apparmor': {
    family: 'violation', securitySeverity: 5.5, precision: 'very-high',
    fullDescription: 'A seccomp profile (annotation or `seccompProfile` field) or an AppArmor profile annotation is not in the policy\'s allowed profile names, or the policy requires a profile and the pod sets none.',
    fix: `Use an allowed profile, usually \`seccompProfile: {type: RuntimeDefault}\` and AppArmor \`runtime/default\`, or give the policy a \`defaultProfileName\`; ${GRANT}`,
  },
  'psp-sysctls': {
    family: 'violation', securitySeverity: 6.0, precision: 'very-high',
    fullDescription: 'The pod sets a sysctl the policy forbids (`forbiddenSysctls`), or an unsafe sysctl the policy does not allow (`allowedUnsafeSysctls`).',
    fix: `Remove the sysctl from \`spec.securityContext.sysctls\` (set node-level tuning on the node), allow it in the policy's \`allowedUnsafeSysctls\`, ${GRANT}`,
  },
  'psp-proc-mount': {
    family: 'violation', securitySeverity: 7.0, precision: 'very-high',
    fullDescription: 'A container asks for `procMount: Unmasked`. The `ProcMountType` feature gate is off in every supported version, so the API server drops `allowedProcMountTypes` and every policy refuses it.',
    fix: 'Remove `securityContext.procMount` (or set it to `Default`); on a cluster with the `ProcMountType` gate on, run podgate with `--feature-gates ProcMountType=true`.',
  },
  'psp-read-only-root-filesystem': {
    family: 'violation', securitySeverity: 4.0, precision: 'very-high',
    fullDescription: 'A container sets `readOnlyRootFilesystem: false` under a policy with `readOnlyRootFilesystem: true`.',
    fix: `Set \`readOnlyRootFilesystem: true\` (or leave it unset) and mount an \`emptyDir\` where the program writes, ${GRANT}`,
  },
  'psp-privilege-escalation': {
    family: 'violation', securitySeverity: 7.0, precision: 'very-high',
    fullDescription: 'A container sets `allowPrivilegeEscalation: true` under a policy with `allowPrivilegeEscalation: false`: setuid binaries could gain more privileges than the process started with.',
    fix: `Set \`allowPrivilegeEscalation: false\` (or leave it unset: the policy then writes \`false\`), ${GRANT}`,
  },
  'psp-runtime-class': {
    family: 'violation', securitySeverity: 5.0, precision: 'very-high',
    fullDescription: 'The pod\'s `runtimeClassName` is not in the policy\'s `runtimeClass.allowedRuntimeClassNames`.',
    fix: `Use an allowed RuntimeClass or leave \`runtimeClassName\` unset (the policy's default applies), ${GRANT}`,
  },
  'psp-no-usable-policy': {
    family: 'admission', securitySeverity: 5.0, precision: 'high',
    fullDescription: 'Neither the pod\'s service account nor the requesting user may `use` any PodSecurityPolicy, so the API server refuses the pod with an empty list: `unable to admit pod: []`.',
    fix: 'Grant `use` (apiGroups `policy`, resource `podsecuritypolicies`) of a policy that admits the pod to its service account, with a ClusterRole and a RoleBinding in the pod\'s namespace. Controller-created pods are authorized through their service account, not the person who applies them.',
  },
  'psp-no-policies': {
    family: 'admission', securitySeverity: 5.0, precision: 'high',
    fullDescription: 'No valid PodSecurityPolicy exists (none is declared, or every one is refused or ignored), so with the PodSecurityPolicy admission plugin enabled every pod is forbidden.',
    fix: 'Declare the cluster\'s policies, or pass them with `--cluster`, and fix every `invalid-pod-security-policy` and `ignored-pod-security-policy` finding.',
  },
  'psp-validate-phase': {
    family: 'admission', securitySeverity: 5.0, precision: 'high',
    fullDescription: 'The pod was admitted, then changed before the validating phase (seccomp annotation and field synchronisation, 1.19+), and no usable policy admits the changed pod: `unable to validate pod`.',
    fix: 'Set the seccomp profile once, as the `seccompProfile` field with `type: RuntimeDefault`, instead of a `docker/default` annotation, or allow both `runtime/default` and `docker/default` in the policy.',
  },
  'service-account-not-found': {
    family: 'admission', securitySeverity: 4.0, precision: 'high',
    fullDescription: 'The pod names a service account that does not exist (with `--require-service-accounts`): ServiceAccount admission refuses the pod before PodSecurityPolicy runs.',
    fix: 'Declare the ServiceAccount in the pod\'s namespace, pass it with `--cluster` if the cluster already has it, or correct `serviceAccountName`.',
  },
  'service-account-not-declared': {
    family: 'admission', securitySeverity: 2.0, precision: 'medium',
    fullDescription: 'The pod\'s service account is not declared in the manifests; podgate assumes it exists in the cluster.',
    fix: 'Declare the ServiceAccount, or pass the cluster\'s objects with `--cluster`; `--require-service-accounts` turns this into a rejection.',
  },
  'invalid-pod': {
    family: 'admission', securitySeverity: 4.0, precision: 'high',
    fullDescription: 'Object validation refuses the pod (HTTP 422 `is invalid`), for example a container port outside 1–65535.',
    fix: 'Correct the field the message names; the API server never stores such a pod.',
  },
  'invalid-pod-security-policy': {
    family: 'policy', securitySeverity: 6.0, precision: 'very-high',
    fullDescription: 'The API server refuses this PodSecurityPolicy (`is invalid`): it is never stored, so it neither admits nor restricts any pod.',
    fix: 'Correct the field the message names (unsupported rule or volume names, a capability both allowed and required to be dropped, `..` in a host path prefix…).',
  },
  'ignored-pod-security-policy': {
    family: 'policy', securitySeverity: 6.0, precision: 'high',
    fullDescription: 'The API server stores this PodSecurityPolicy but admission silently never uses it, for example `runAsUser: MustRunAs` without `ranges` or `seLinux: MustRunAs` without `seLinuxOptions`.',
    fix: 'Give the rule what it needs (`ranges` for `MustRunAs`/`MayRunAs`, `seLinuxOptions` for SELinux `MustRunAs`) or use `RunAsAny`.',
  },
  'binding-to-missing-role': {
    family: 'rbac', securitySeverity: 4.0, precision: 'high',
    fullDescription: 'A RoleBinding or ClusterRoleBinding refers to a Role or ClusterRole that does not exist (or a kind it cannot refer to): it grants nothing, so the `use` it was meant to grant is missing.',
    fix: 'Declare the role (or pass it with `--cluster`), or correct `roleRef.kind` and `roleRef.name`.',
  },
  'invalid-aggregation-rule': {
    family: 'rbac', securitySeverity: 4.0, precision: 'high',
    fullDescription: 'A ClusterRole\'s `aggregationRule` cannot be applied by the aggregation controller (an invalid label selector, no selector, or a cycle), so its rules are not what the manifest intends.',
    fix: 'Correct the `clusterRoleSelectors` (operators `In`, `NotIn`, `Exists`, `DoesNotExist`) or write the rules into the role directly.',
  },
  'duplicate-object': {
    family: 'input', securitySeverity: 3.0, precision: 'very-high',
    fullDescription: 'The same PodSecurityPolicy, role or binding is declared more than once; the later one replaces the earlier, as `kubectl apply` would.',
    fix: 'Keep one declaration of the object, or rename one of them.',
  },
  'yaml-syntax': {
    family: 'input', securitySeverity: 3.0, precision: 'very-high',
    fullDescription: 'A YAML document cannot be parsed as kubectl parses it, so the objects in it are not checked; the other documents of the file still are.',
    fix: 'Fix the YAML at the reported line (indentation, an unclosed quote or bracket, a tab).',
  },
  'duplicate-key': {
    family: 'input', securitySeverity: 3.0, precision: 'very-high',
    fullDescription: 'A mapping of a Kubernetes object gives the same key twice. kubectl reads YAML as go-yaml v2 does and keeps the last value without a word, so the earlier one (an `envFrom`, a `securityContext`, a `hostNetwork: true`) never reaches the cluster; podgate judges what kubectl sends, the last value.',
    fix: 'Keep one of the two keys, merging what both meant (two `env` lists into one).',
  },
  'ignored-yaml-tag': {
    family: 'input', securitySeverity: 2.0, precision: 'very-high',
    fullDescription: 'A node of a Kubernetes object carries a YAML tag that is not one of YAML\'s own types (`!ENV`, `!include`, `!!js/function`). kubectl ignores it and sends the value as written, so whatever the tag was meant to do (substitute a variable, include a file) does not happen.',
    fix: 'Remove the tag, and do the substitution before applying (`envsubst`, kustomize, Helm); then run podgate on the result.',
  },
  'unrendered-template': {
    family: 'input', securitySeverity: 2.0, precision: 'high',
    fullDescription: 'A document contains template syntax (`{{ … }}`), so the objects in it are not checked.',
    fix: 'Render the templates first (`helm template`, `kustomize build`) and run podgate on the output, or leave the template files out with `--ignore`.',
  },
  'invalid-object': {
    family: 'input', securitySeverity: 3.0, precision: 'high',
    fullDescription: 'A Kubernetes object has a field of the wrong type or lacks a required one (no `metadata.name`, `containers` not a list), so the API server would refuse it and its pods are not judged.',
    fix: 'Correct the field the message names.',
  },
  'unknown-api-version': {
    family: 'input', securitySeverity: 2.0, precision: 'high',
    fullDescription: 'An object of a known kind (Deployment, PodSecurityPolicy…) uses an apiVersion podgate does not know, so it is not evaluated; a custom resource that reuses a built-in kind name gets a note.',
    fix: 'Use the kind\'s served apiVersion (`apps/v1`, `batch/v1`, `policy/v1beta1`, `rbac.authorization.k8s.io/v1`).',
  },
  'api-version-not-served': {
    family: 'input', securitySeverity: 2.0, precision: 'very-high',
    fullDescription: 'The target Kubernetes version no longer (or not yet) serves this apiVersion, so `kubectl apply` would fail; podgate still judges the object as the current version.',
    fix: 'Move the object to the served apiVersion (for example `apps/v1` Deployments, `batch/v1` CronJobs from 1.21), or set `--kubernetes-version` to the cluster\'s version.',
  },
  'unreadable-file': {
    family: 'input', securitySeverity: 3.0, precision: 'very-high',
    fullDescription: 'A file could not be read as a manifest (binary, not UTF-8, larger than `--max-file-size`, or unreadable), so nothing in it is checked.',
    fix: 'Leave the file out with `--ignore`, raise `--max-file-size`, or save it as UTF-8 text.',
  },
  'skipped-link': {
    family: 'input', securitySeverity: 2.0, precision: 'very-high',
    fullDescription: 'A symbolic link found under a scanned directory leads outside it (a link to a directory elsewhere, or a `.yaml`/`.yml`/`.json` link to a file elsewhere), so podgate did not follow it and nothing behind it is checked. Links inside the tree are read at their real path.',
    fix: 'Lint the link\'s target directly (`podgate path/to/target`), or replace the link by the manifests themselves; leave it out with `--ignore` if it holds no manifests.',
  },
  'kustomize-patch': {
    family: 'input', securitySeverity: 1.0, precision: 'very-high',
    fullDescription: 'A file that a `kustomization.yaml` names as a patch is a fragment, not an object the cluster receives, so it is not judged on its own.',
    fix: 'Run podgate on the output of `kustomize build` to judge the patched objects.',
  },
  'renderer-not-found': {
    family: 'input', securitySeverity: 3.0, precision: 'very-high',
    fullDescription: 'A directory is a Helm chart or a kustomization that podgate was asked to render, but `helm` or `kubectl` is not on PATH, so nothing in it is checked.',
    fix: 'Install the program (`helm`, or `kubectl` for `kubectl kustomize`), or render elsewhere and pipe the output to `podgate -`.',
  },
  'render-failed': {
    family: 'input', securitySeverity: 3.0, precision: 'very-high',
    fullDescription: '`helm template` or `kubectl kustomize` exited with an error while rendering a directory, so nothing in it is checked.',
    fix: 'Run the command the message shows and fix what it reports (a missing values file, a template error, an unreachable remote base).',
  },
  'invalid-suppression': {
    family: 'input', securitySeverity: 2.0, precision: 'very-high',
    fullDescription: 'A `podgate.dev/ignore` annotation cannot be used as written (no reason, an unknown rule id, not a string), so the findings it meant to suppress still fail the run.',
    fix: 'Write one `RULE-ID[, RULE-ID…]: REASON` line per clause (or `*: REASON`), with rule ids from the catalog and a non-empty reason.',
  },
  'pss-violation': {
    family: 'admission', securitySeverity: 7.0, precision: 'high',
    fullDescription: 'PodSecurity admission would refuse the pod (or the pod a controller creates from this template): it fails a check of the enforce level of its namespace (`pod-security.kubernetes.io/enforce` label, or the configured default). One finding per failed check.',
    fix: 'Change the pod spec so the named check passes (for `restricted`: `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, `capabilities.drop: [ALL]`, `seccompProfile.type: RuntimeDefault`), or lower the namespace\'s `pod-security.kubernetes.io/enforce` level.',
  },
  'pss-warning': {
    family: 'admission', securitySeverity: 4.0, precision: 'high',
    fullDescription: 'The pod or the workload\'s pod template would violate the audit or warn level of its namespace (kubectl prints `Warning: would violate PodSecurity ...`), or, when nothing is configured, the `restricted:latest` level podgate checks as advice.',
    fix: 'Change the pod spec so the named check passes, or set the namespace\'s `pod-security.kubernetes.io/warn` and `audit` levels to what the workload really needs.',
  },
} satisfies Record<string, RuleText>;

/** A rule id that has documentation. */
export type DocumentedRuleId = keyof typeof RULE_TEXTS;
