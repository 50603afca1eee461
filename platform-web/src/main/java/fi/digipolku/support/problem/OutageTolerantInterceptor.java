package fi.digipolku.support.problem;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

/** Runs outside the transaction interceptor, so a commit that loses its connection is recognised too. */
@OutageTolerant
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class OutageTolerantInterceptor {

    private static final Logger LOG = Logger.getLogger(OutageTolerantInterceptor.class);

    @AroundInvoke
    Object run(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.warnf("%s.%s: database unreachable (%s); the next run tries again",
                    invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
