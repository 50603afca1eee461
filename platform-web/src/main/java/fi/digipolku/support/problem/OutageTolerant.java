package fi.digipolku.support.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A scheduled job that rides out a database outage: a run that fails because the database cannot be reached logs
 * one warning line instead of a stack trace, and the next run tries again. Any other failure is thrown as before.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OutageTolerant {
}
