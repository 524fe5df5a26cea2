package org.pepiniere.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.pepiniere.embedded.ReceivedMail;

/** What {@code GET /bank/received} and {@code GET /mail} show. */
final class DemoBankViews {

    private DemoBankViews() {
    }

    static List<Map<String, Object>> deliveries(List<Delivery> deliveries) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("webhookId", delivery.webhookId());
            item.put("type", delivery.type());
            item.put("receivedAt", delivery.receivedAt());
            JsonNode payload = Json.tree(delivery.body());
            item.put("payload", payload.isMissingNode() ? delivery.body() : payload);
            list.add(item);
        }
        return list;
    }

    static List<Map<String, Object>> mails(List<ReceivedMail> mails) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReceivedMail mail : mails) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("from", mail.from());
            item.put("to", mail.to());
            item.put("subject", mail.subject());
            item.put("text", mail.text());
            list.add(item);
        }
        return list;
    }
}
