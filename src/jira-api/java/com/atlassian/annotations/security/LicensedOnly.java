// Mirrors com.atlassian.annotations.security.LicensedOnly (atlassian-annotations, Platform 7+, as in Jira 11): DAC
// "Prepare your Data Center app to comply with secure endpoint defaults"
// https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (Jira 11.0.0)
// Declared so web resources and servlets can carry it without Atlassian's repository; never packaged. At run time
// the standalone host has no such class, and the JVM ignores annotations whose type is absent.
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// https://docs.atlassian.com/atlassian-annotations/latest/com/atlassian/annotations/security/LicensedOnly.html (Jira 11.0.0)
/** Only users assigned a product license may reach the annotated resource, servlet or method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
