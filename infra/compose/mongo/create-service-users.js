// One database user per service, defined in that service's own database with readWrite on it and nothing else, so
// that a leaked service credential opens one database, not four. Passwords come from the environment (never from the
// repository). Run as an administrator after init-replica-set.js: by the compose stack's mongo-init container, or by
// an operator against any replica set (docs/operations.md "MongoDB users"):
//   MONGO_DOSSIER_PASSWORD=… MONGO_EVALUATION_PASSWORD=… MONGO_REPORTING_PASSWORD=… MONGO_NOTIFICATION_PASSWORD=… \
//     mongosh "mongodb://<admin>@<host>/?authSource=admin&tls=true" create-service-users.js
// Idempotent: an existing user gets the given password and exactly these roles (so rotating is: change, rerun).
const services = [
  { user: "dossier-service", db: "ocop_dossier", passwordVariable: "MONGO_DOSSIER_PASSWORD" },
  { user: "evaluation-service", db: "ocop_evaluation", passwordVariable: "MONGO_EVALUATION_PASSWORD" },
  { user: "reporting-service", db: "ocop_reporting", passwordVariable: "MONGO_REPORTING_PASSWORD" },
  { user: "notification-service", db: "ocop_notification", passwordVariable: "MONGO_NOTIFICATION_PASSWORD" },
];
for (const service of services) {
  const password = process.env[service.passwordVariable];
  if (!password) {
    throw new Error(service.passwordVariable + " is not set");
  }
  const database = db.getSiblingDB(service.db);
  const roles = [{ role: "readWrite", db: service.db }];
  if (database.getUser(service.user) === null) {
    database.createUser({ user: service.user, pwd: password, roles: roles });
    print("created " + service.user + " (readWrite on " + service.db + ")");
  } else {
    database.updateUser(service.user, { pwd: password, roles: roles });
    print("updated " + service.user + " (readWrite on " + service.db + ")");
  }
}
