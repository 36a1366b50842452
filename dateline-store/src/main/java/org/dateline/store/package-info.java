/** The embedded article store and ingest. */
package org.dateline.store;
