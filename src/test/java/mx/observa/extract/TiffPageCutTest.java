package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.support.Fixtures;

class TiffPageCutTest {

    @TempDir
    Path tmp;

    private static int pagesOf(Path tiff) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }

    @Test
    void aTiffLongerThanTheLimitIsCopiedWithOnlyItsFirstPages() throws Exception {
        Path tiff = Files.write(tmp.resolve("fax.tif"), Fixtures.scannedTiff("uno", "dos", "tres", "cuatro"));
        byte[] original = Files.readAllBytes(tiff);

        TiffPageCut.Cut cut = TiffPageCut.firstPages(tiff, 3, tmp.resolve("ocr"));

        assertThat(cut.keptPages()).isEqualTo(3);
        assertThat(cut.pages()).isEqualTo(4);
        assertThat(pagesOf(cut.copy())).isEqualTo(3);
        assertThat(ImageIO.read(cut.copy().toFile()).getWidth()).isEqualTo(ImageIO.read(tiff.toFile()).getWidth());
        assertThat(Files.readAllBytes(tiff)).isEqualTo(original);
    }

    @Test
    void aTiffWithinTheLimitOrSomethingElseIsLeftAlone() throws Exception {
        Path tiff = Files.write(tmp.resolve("dos.tif"), Fixtures.scannedTiff("uno", "dos"));
        Path png = Files.write(tmp.resolve("foto.tif"), Fixtures.png("uno"));
        Path tiny = Files.write(tmp.resolve("corto.tif"), new byte[] {'I', 'I', 42});

        assertThat(TiffPageCut.firstPages(tiff, 2, tmp)).isNull();
        assertThat(TiffPageCut.firstPages(png, 1, tmp)).isNull();
        assertThat(TiffPageCut.firstPages(tiny, 1, tmp)).isNull();
    }

    @Test
    void aChainOfPagesThatLoopsEnds() throws Exception {
        // header, then one page (no entries) whose "next page" points back to itself
        ByteBuffer looping = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 0).putInt(8);
        Path tiff = Files.write(tmp.resolve("bucle.tif"), looping.array());

        assertThat(TiffPageCut.firstPages(tiff, 1, tmp)).isNull();
    }
}
