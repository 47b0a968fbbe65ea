/**
 * What makes the Faces module drop in: the annotated classes that switch Faces on in a WAR that only holds our jars,
 * the page helpers every view uses (locale, messages).
 * <p>
 * Feature views live in their feature package ({@code event}, {@code article}...), never here.
 */
package org.ruralitic.faces.common;
