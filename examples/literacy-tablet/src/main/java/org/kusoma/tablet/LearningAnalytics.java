package org.kusoma.tablet;

import com.mixpanel.mixpanelapi.ClientDelivery;
import com.mixpanel.mixpanelapi.MessageBuilder;
import com.mixpanel.mixpanelapi.MixpanelAPI;
import java.io.IOException;
import java.util.List;
import org.json.JSONObject;

/** Sends, at each sync, which books each tablet seat read and how long each page took. */
public class LearningAnalytics {

    private final MessageBuilder messages;

    public LearningAnalytics(String projectToken) {
        this.messages = new MessageBuilder(projectToken);
    }

    public void send(List<ReadingAttempt> attempts, long secondsPerPage) throws IOException {
        ClientDelivery delivery = new ClientDelivery();
        for (ReadingAttempt attempt : attempts) {
            JSONObject properties = new JSONObject();
            properties.put("book", attempt.book());
            properties.put("secondsPerPage", secondsPerPage);
            delivery.addMessage(messages.event(attempt.seat(), "book finished", properties));
        }
        new MixpanelAPI().deliver(delivery);
    }
}
