// Mirrors the public javadoc of com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
// (atlassian-spring-scanner-annotation 6.x, used by Jira 11 plugins):
// https://bitbucket.org/atlassian/atlassian-spring-scanner (annotation module).
// Declared so the jira adapter compiles without Atlassian's repository; never packaged.
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a constructor parameter or field as an OSGi service imported from the host application. */
// atlassian-spring-scanner-annotation 6.0.0, as Jira 11 plugins use it:
// https://bitbucket.org/atlassian/atlassian-spring-scanner (Jira 11.0.0)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    /** Optional bean name of the imported service. */
    // ComponentImport#value:
    // https://bitbucket.org/atlassian/atlassian-spring-scanner (Jira 11.0.0)
    String value() default "";
}
