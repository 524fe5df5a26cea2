/** Staff of an incubator plan cohorts, the incubation or acceleration groups that admitted start-ups join. */
@NullMarked
package org.pepiniere.applications.cohorts;

import org.jspecify.annotations.NullMarked;
