package org.ruralitic.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;

/**
 * Test deployment only: stores an image through {@link MediaService} as an author would, and answers its public
 * path, digest and size, one per line. {@code POST /test/media?type=png|jpeg|webp}.
 */
@WebServlet("/test/media")
public class MediaFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaService media;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = String.valueOf(request.getParameter("type"));
        byte[] bytes = switch (type) {
            case "png" -> drawn("png", BufferedImage.TYPE_INT_ARGB);
            case "jpeg" -> drawn("jpeg", BufferedImage.TYPE_INT_RGB);
            case "webp" -> webp(48, 32);
            default -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        };
        try {
            MediaItem item = media.upload(Actor.of("integration", Role.AUTHOR), "image." + type, bytes,
                "Une image de test", false);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(item.path() + "\n" + item.sha256() + "\n" + item.byteSize() + "\n"
                + item.width() + "x" + item.height() + "\n");
        }
        catch (MediaException refused) {
            response.setStatus(422);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(refused.getKey());
        }
    }

    private static byte[] drawn(String format, int imageType) throws IOException {
        BufferedImage image = new BufferedImage(64, 40, imageType);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0, 97, 90));
        graphics.fillRect(0, 0, 64, 40);
        graphics.setColor(Color.WHITE);
        graphics.drawOval(4, 4, 56, 32);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    // A lossless WebP container and header by the specification; the bitstream after the header is filler.
    private static byte[] webp(int width, int height) {
        ByteBuffer file = ByteBuffer.allocate(12 + 8 + 14).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + 14).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        file.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(13);
        file.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
        return file.array();
    }
}
