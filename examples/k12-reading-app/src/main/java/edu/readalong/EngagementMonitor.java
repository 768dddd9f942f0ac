package edu.readalong;

import org.edcomply.annotations.AiSystem;

/** Watches the camera during reading practice and tells the teacher who looks bored or frustrated. */
@AiSystem(purpose = AiSystem.Purpose.ENGAGEMENT_MONITORING, emotionRecognition = true)
public class EngagementMonitor {

    public String moodOf(byte[] cameraFrame) {
        return cameraFrame.length == 0 ? "unknown" : "attentive";
    }
}
