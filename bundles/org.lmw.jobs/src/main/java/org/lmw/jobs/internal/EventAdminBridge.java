// Posts run events to the OSGi EventAdmin when this bundle runs inside OSGi and an EventAdmin is there.
package org.lmw.jobs.internal;

import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The optional link to the EventAdmin: the event API is an optional import, so the classes that name it are only
 * touched once an EventAdmin service exists; outside OSGi (plain tests, tools) posting does nothing.
 */
public final class EventAdminBridge {

    private static final String EVENT_ADMIN = "org.osgi.service.event.EventAdmin";

    private static ServiceTracker<Object, Object> tracker;
    private static boolean unavailable;

    private EventAdminBridge() {
    }

    /**
     * Posts an event asynchronously if an EventAdmin is running.
     *
     * @param topic the topic
     * @param properties the event's properties
     */
    public static void post(String topic, Map<String, Object> properties) {
        ServiceTracker<Object, Object> t = tracker();
        if (t == null) {
            return;
        }
        Object service = t.getService();
        if (service == null) {
            return;
        }
        try {
            EventAdminPoster.post(service, topic, properties);
        } catch (LinkageError e) {
            // The optional import of org.osgi.service.event is not wired: no one can receive events anyway.
            disable();
        }
    }

    private static synchronized void disable() {
        unavailable = true;
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }

    private static synchronized ServiceTracker<Object, Object> tracker() {
        if (unavailable) {
            return null;
        }
        if (tracker == null) {
            Bundle bundle = FrameworkUtil.getBundle(EventAdminBridge.class);
            if (bundle == null) {
                // Not inside OSGi: listeners are the only subscribers.
                unavailable = true;
                return null;
            }
            BundleContext context = bundle.getBundleContext();
            if (context == null) {
                // The bundle is not active (yet); try again with the next event.
                return null;
            }
            tracker = new ServiceTracker<>(context, EVENT_ADMIN, null);
            tracker.open();
        }
        return tracker;
    }
}
