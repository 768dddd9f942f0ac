package eu.linguabridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.edcomply.annotations.AiSystem;
import org.edcomply.annotations.Purpose;
import org.edcomply.annotations.ThirdPartyDisclosure;

/**
 * Practice conversations with a language model. Every conversation opens with the notice that the
 * partner is an AI (AI Act Art. 50(1)); the learner's name is sent so that the tutor can use it.
 */
@AiSystem(purpose = AiSystem.Purpose.TUTORING)
public class ConversationTutor {

    private static final URI MODEL = URI.create("https://api.openai.com/v1/responses");

    private final HttpClient http = HttpClient.newHttpClient();

    @ThirdPartyDisclosure(recipient = "OpenAI", purpose = Purpose.Use.EDUCATION)
    public String reply(Learner learner, String message) throws java.io.IOException, InterruptedException {
        String body = "{\"instructions\":\"You are a Spanish tutor talking to " + learner.displayName()
                + ".\",\"input\":" + quoted(message) + "}";
        HttpRequest request = HttpRequest.newBuilder(MODEL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
