/**
 * The dateline that opens a wire story: {@link org.dateline.extract.dateline.DatelineParser}.
 *
 * <p>Resources: {@code place-names.txt}, spellings derived from GeoNames (CC BY 4.0) by
 * {@code src/main/scripts/derive_place_names.py}; see the README next to it.
 */
package org.dateline.extract.dateline;
