// Tests for requester.ts: impersonatedUser (the group rules of the API server's impersonation filter,
// staging/src/k8s.io/apiserver/pkg/endpoints/filters/impersonation.go, as changed by kubernetes PR #94204 for 1.20 and
// cherry-picked to 1.17–1.19; cases from impersonation_test.go TestImpersonationFilter) and requestingUser (spec §2.2).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { UserInfo } from '../../src/api/rbac.js';
import { DEFAULT_REQUESTING_USER, impersonatedUser, requestingUser, type RequesterOptions } from '../../src/cluster/requester.js';

const AUTH = 'system:authenticated';
const UNAUTH = 'system:unauthenticated';

const impersonated = suite('impersonatedUser');

// [name, --as, --as-group values, expected groups]
const impersonationCases: [string, string, string[], string[]][] = [
  ['allowed-users-impersonation: a user without groups gets system:authenticated', 'tester', [], [AUTH]],
  ['allowed-group: given groups keep their order and gain system:authenticated', 'system:admin', ['some-group'], ['some-group', AUTH]],
  ['specified-authenticated-group-prevents-double-adding-authenticated-group', 'system:admin', ['some-group', AUTH], ['some-group', AUTH]],
  ['unauthenticated-group-prevents-adding-authenticated-group', 'unknown', [UNAUTH], [UNAUTH]],
  ['unauthenticated-group-prevents-double-adding-authenticated-group', 'unknown', [AUTH], [AUTH]],
  ['allowed-sa-impersonating: a service account without groups gets its fixed groups', 'system:serviceaccount:foo:default', [], ['system:serviceaccounts', 'system:serviceaccounts:foo', AUTH]],
  ['a service account with given groups keeps only those', 'system:serviceaccount:foo:default', ['devs'], ['devs', AUTH]],
  ['anonymous-user-prevents-double-adding-unauthenticated-group', 'system:anonymous', [UNAUTH], [UNAUTH]],
  // BUG: since PR #94204 (1.20; 1.17.12/1.18.9/1.19.2) an impersonated `system:anonymous` gets `system:unauthenticated`.
  // Expected: [system:unauthenticated]; actual: [] (and ['devs'] instead of ['devs', system:unauthenticated] below).
  ['anonymous-user-should-include-unauthenticated-group', 'system:anonymous', [], [UNAUTH]],
  ['anonymous with a given group also gets system:unauthenticated', 'system:anonymous', ['devs'], ['devs', UNAUTH]],
  // BUG: the filter treats `--as` as a service account only when serviceaccount.SplitUsername accepts it (exactly
  // `system:serviceaccount:<ns>:<name>`, both valid names); otherwise it is a plain user with system:authenticated only.
  // Expected: [system:authenticated]; actual: the service-account groups of the first segment, then system:authenticated.
  ['a malformed service-account name without a name part is a plain user', 'system:serviceaccount:foo', [], [AUTH]],
  ['a malformed service-account name with an extra segment is a plain user', 'system:serviceaccount:foo:bar:baz', [], [AUTH]],
  ['a service-account name with an empty namespace is a plain user', 'system:serviceaccount::sa', [], [AUTH]],
];
for (const [name, user, groups, expected] of impersonationCases) {
  impersonated(`should build the impersonated user's groups: ${name}`, () => {
    const given = Object.freeze([...groups]);
    assert.equal(impersonatedUser(user, given), { name: user, groups: expected });
  });
}

impersonated.run();

const requesting = suite('requestingUser');
const options = (requester: RequesterOptions['requester'], useServiceAccountCredentials = true): RequesterOptions => ({ requester, useServiceAccountCredentials });
const controllerSA = (name: string): UserInfo => ({ name: `system:serviceaccount:kube-system:${name}`, groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', AUTH] });

// [name, manifest kind, options, expected user]
const requesterCases: [string, string, RequesterOptions, UserInfo | undefined][] = [
  ['a bare Pod is created by the default requesting user, who has no grants', 'Pod', options({ mode: 'default' }), { name: DEFAULT_REQUESTING_USER, groups: [AUTH] }],
  ['a Deployment pod is created by the replicaset controller', 'Deployment', options({ mode: 'default' }), controllerSA('replicaset-controller')],
  ['a CronJob pod is created by the job controller', 'CronJob', options({ mode: 'default' }), controllerSA('job-controller')],
  ['a DaemonSet pod is created by the daemon-set controller', 'DaemonSet', options({ mode: 'default' }), controllerSA('daemon-set-controller')],
  ['without service-account credentials controllers act as the controller manager', 'StatefulSet', options({ mode: 'default' }, false), { name: 'system:kube-controller-manager', groups: [AUTH] }],
  ['without service-account credentials a bare Pod keeps the default user', 'Pod', options({ mode: 'default' }, false), { name: DEFAULT_REQUESTING_USER, groups: [AUTH] }],
  ['--as applies to every kind, with the impersonation group rules', 'Deployment', options({ mode: 'as', user: 'alice', groups: ['devs'] }), { name: 'alice', groups: ['devs', AUTH] }],
  ['--as of a service account without groups', 'Pod', options({ mode: 'as', user: 'system:serviceaccount:ci:deployer', groups: [] }), { name: 'system:serviceaccount:ci:deployer', groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', AUTH] }],
  ['each pod requested by its own service account (authenticated through its token)', 'Job', options({ mode: 'pod-service-account' }), { name: 'system:serviceaccount:shop:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:shop', AUTH] }],
  ['no requesting user at all', 'Pod', options({ mode: 'service-account-only' }), undefined],
];
for (const [name, kind, opts, expected] of requesterCases) {
  requesting(`should choose the requesting user: ${name}`, () => {
    assert.equal(requestingUser(kind, 'shop', 'builder', Object.freeze(opts)), expected);
  });
}

requesting.run();
