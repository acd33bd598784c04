/**
 * Curation over HTTP: the rules `kg entities merge|split|rename|retype` write, and accepting
 * or rejecting a relation, each kept in the store and replayed on every ingest; the history;
 * and undo. Undoing a rule that moved rows extracts the documents it touched again (from their
 * stored texts, in the worker pool) before anything changes, then takes the rule out and puts
 * those documents back in, all in one transaction; if any of them cannot be extracted, nothing
 * changes.
 */
import express from 'express';
import type { Router } from 'express';
import type { Store } from '@kg/graph';
import { KgError, curationBodySchema } from '@kg/schema';
import type {
  CurationListResponse,
  CurationResponse,
  GraphChangeEvent,
  UndoCurationResponse,
} from '@kg/schema';
import type { EventHub } from '../events.js';
import type { Ingester } from '../ingest.js';
import { parseBody } from '../validate.js';

export function curationRoutes(store: Store, ingester: Ingester, events: EventHub): Router {
  const router = express.Router();

  const announce = (reason: GraphChangeEvent['reason']): void => {
    const counts = store.counts();
    events.publish({
      reason,
      docId: '',
      nodesAdded: 0,
      edgesAdded: 0,
      nodesRemoved: 0,
      edgesRemoved: 0,
      nodes: counts.entities,
      edges: counts.relations,
    });
  };

  router.get('/curation', async (_req, res) => {
    const body: CurationListResponse = { rules: await store.listCuration() };
    res.json(body);
  });

  router.post('/curation', async (req, res) => {
    const body = parseBody(curationBodySchema, req.body, 'POST /api/curation');
    const result =
      body.op === 'merge'
        ? await store.mergeEntities(body.into, body.from)
        : body.op === 'split'
          ? await store.splitEntity(body.entity, body.alias)
          : body.op === 'rename'
            ? await store.renameEntity(body.entity, body.label)
            : body.op === 'retype'
              ? await store.retypeEntity(body.entity, body.type)
              : body.op === 'reject'
                ? await store.rejectRelation(body.relation)
                : await store.acceptRelation(body.relation);
    announce('curation');
    const response: CurationResponse = result;
    res.status(201).json(response);
  });

  router.delete('/curation/:id', async (req, res) => {
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id < 1) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `DELETE /api/curation: "${String(req.params.id).slice(0, 40)}" is not a rule id.`,
      );
    }
    const body: UndoCurationResponse = await ingester.undoCuration(id);
    announce('curation');
    res.json(body);
  });

  return router;
}
