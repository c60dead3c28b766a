/** Texts in Simplified Chinese and English, and formats of dates and numbers per language. */
package org.onewindow.shared.i18n;
