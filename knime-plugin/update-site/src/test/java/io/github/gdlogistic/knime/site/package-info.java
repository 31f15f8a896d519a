/** Structural tests of the built bundle jar and the p2 update site, run by failsafe after packaging. */
package io.github.gdlogistic.knime.site;
