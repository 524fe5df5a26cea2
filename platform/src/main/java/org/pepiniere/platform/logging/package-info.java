/**
 * Logging through commons-logging, which Spring writes to: a message is built only for a level that is
 * logged ({@link org.pepiniere.platform.logging.LevelCheckedLogFactory}).
 */
package org.pepiniere.platform.logging;
