// Run once by the compose stack's mongo-init container (mongosh --host mongo-1 -u <root> init-replica-set.js, then
// create-service-users.js): initiates the three-member replica set rs0 if it is not yet, then waits until a primary is
// elected. Idempotent.
const members = [
  { _id: 0, host: "mongo-1:27017", priority: 2 },
  { _id: 1, host: "mongo-2:27017", priority: 1 },
  { _id: 2, host: "mongo-3:27017", priority: 1 },
];
let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== "NotYetInitialized") { throw e; }
  initiated = false;
}
if (!initiated) {
  rs.initiate({ _id: "rs0", members: members });
  print("replica set rs0 initiated");
}
// the platform writes with w: majority; make the cluster default agree for any other client (mongosh, tools)
let waited = 0;
// mongo-1 has the highest priority: it becomes primary, and setDefaultRWConcern must run on the primary
while (!db.hello().isWritablePrimary) {
  if (waited > 120000) { throw new Error("mongo-1 not primary after 120 s"); }
  sleep(1000); waited += 1000;
}
db.getSiblingDB("admin").runCommand({ setDefaultRWConcern: 1, defaultWriteConcern: { w: "majority" },
  defaultReadConcern: { level: "majority" } });
print("primary: " + db.hello().primary);
