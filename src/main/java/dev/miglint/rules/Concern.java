package dev.miglint.rules;

/** What a rule's findings are about: how a reader (and GitHub code scanning) should file them. */
public enum Concern {
    /**
     * What running the migration on a live database does: locks that block reads or writes, rewrites and scans,
     * statements that fail, lost data, changes that break the running application, rollbacks.
     */
    DEPLOY_SAFETY,
    /** Privileges, and code that runs on the server or the host with them: a security review's business. */
    SECURITY
}
