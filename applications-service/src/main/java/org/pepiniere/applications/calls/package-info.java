/** Staff prepare calls for applications, with their grid and questions, then open and close them. */
@NullMarked
package org.pepiniere.applications.calls;

import org.jspecify.annotations.NullMarked;
