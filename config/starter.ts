/**
 * The config `vos-assist init` writes: valid as it is (no customers, servers or engineers yet),
 * with comments that say what goes where and which command adds it. The commands that add
 * entries keep the comments.
 */
export const STARTER_CONFIG = `# VOS Assist config, written by \`vos-assist init\`. README.md's config section describes
# every key. The commands below add to this file and keep its comments; a running
# \`vos-assist start\` reads it when it starts.

# The companies whose VOS3000 servers VOS Assist looks after, and the WhatsApp chats they
# write from (E.164 numbers or WhatsApp JIDs):
#   vos-assist customer add acme --name "ACME Telecom" --chat +8801700000001
customers: []

# Their servers. VOS Assist logs in over SSH with the key in keys/ (put keys/id_ed25519.pub
# in the server's /root/.ssh/authorized_keys) and pins the server's host key:
#   vos-assist server add vos1 --host 203.0.113.10 --customer acme
# shows the host keys the server offers, pins the one you confirm, logs in, checks the
# server read-only and writes it here. \`vos-assist server test vos1\` checks it again.
servers: []

# The support engineers: approvers decide on fixes, viewers only follow, in the chat and on
# the dashboard (\`vos-assist engineer password ID\` sets a dashboard password):
#   vos-assist engineer add rahim --name Rahim --chat +8801900000002 --role approver
engineers: []

settings:
  # Proposals not approved within this many minutes expire.
  proposalTtlMinutes: 30
  # Runs at once per worker process.
  workerConcurrency: 10
  # A WhatsApp group where engineers get proposals (else each engineer's own chat):
  # engineersGroup: "120363000000000000@g.us"
`;
