package com.actiontracker.topology;

import com.actiontracker.avro.PeopleGroup;
import com.actiontracker.avro.PersonMention;
import com.actiontracker.avro.PersonResolution;
import com.actiontracker.identity.IdentityAvro;
import com.actiontracker.identity.NameGroup;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per first name, every name the notes use for it (keyed by first name, so all spellings of a person meet in
 * one partition however many there are), and publishes what each written name means whenever that changes: a
 * resolution keyed by the written name, or a tombstone once no note uses it.
 */
public final class PeopleDirectoryProcessor implements Processor<String, PersonMention, String, PersonResolution> {

    private final String storeName;
    private ProcessorContext<String, PersonResolution> context;
    private KeyValueStore<String, PeopleGroup> store;

    public PeopleDirectoryProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, PersonResolution> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, PersonMention> record) {
        PersonMention mention = record.value();
        String firstName = record.key();
        PeopleGroup stored = store.get(firstName);
        NameGroup before = stored == null ? NameGroup.empty(firstName) : IdentityAvro.fromAvro(stored);
        NameGroup after = before.with(mention.getNotePath(), mention.getNames());
        if (after.isEmpty()) {
            store.delete(firstName);
        } else {
            store.put(firstName, IdentityAvro.toAvro(after));
        }
        Map<String, NameGroup.Resolution> was = before.resolutions();
        Map<String, NameGroup.Resolution> now = after.resolutions();
        now.forEach((name, resolution) -> {
            if (!Objects.equals(was.get(name), resolution)) {
                context.forward(record.withKey(name).withValue(IdentityAvro.toAvro(resolution)));
            }
        });
        was.keySet().stream()
                .filter(name -> !now.containsKey(name))
                .forEach(name -> context.forward(record.withKey(name).withValue(null)));
    }
}
