// The only class that names the EventAdmin API, so that it loads only when an EventAdmin service exists.
package org.lmw.jobs.internal;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts one event; loaded lazily by {@link EventAdminBridge}. */
final class EventAdminPoster {

    private EventAdminPoster() {
    }

    static void post(Object eventAdmin, String topic, Map<String, Object> properties) {
        ((EventAdmin) eventAdmin).postEvent(new Event(topic, properties));
    }
}
