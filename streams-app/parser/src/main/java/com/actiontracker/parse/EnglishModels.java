package com.actiontracker.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English models (Universal Dependencies, English Web Treebank), from their Maven artifacts: sentence
 * detection, tokens and parts of speech (UPOS: VERB, AUX, PRON...). The models are loaded once per JVM, the first
 * time they are needed; the OpenNLP tools that use them are not thread-safe, so each thread has its own. (OpenNLP's
 * lemmatizer is not used: at over a millisecond a sentence it cost twenty times the tagger; see
 * {@link SpokenFeatures#lemma}.)
 */
final class EnglishModels {

    /** Tokens of one sentence, with their parts of speech. */
    record Analysis(List<String> tokens, List<String> tags) {}

    private static final class Loaded {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel TAGS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Loaded.SENTENCES));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Loaded.TOKENS));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Loaded.TAGS));

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private EnglishModels() {}

    /** Where each sentence of the text starts and ends. */
    static Span[] sentences(String text) {
        return SENTENCE_DETECTOR.get().sentPosDetect(text);
    }

    static Analysis analyze(String sentence) {
        String[] tokens = TOKENIZER.get().tokenize(sentence);
        String[] tags = TAGGER.get().tag(tokens);
        return new Analysis(List.of(tokens), List.of(tags));
    }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model " + resource, e);
        }
    }
}
