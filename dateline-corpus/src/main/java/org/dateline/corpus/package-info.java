/** Across articles: entity dossiers, story threads, merged timelines and cross-article dating. */
package org.dateline.corpus;
