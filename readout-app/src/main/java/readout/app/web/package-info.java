/**
 * {@code readout serve}: the HTTP API over a store ({@link readout.app.web.ReadoutServer}), its request parameters
 * checked into domain values ({@link readout.app.web.Params}), HTTP errors as a type ({@link readout.app.web.ApiError}),
 * and the one writer that takes {@code POST /api/articles} ({@link readout.app.web.ArticleWriter}).
 */
package readout.app.web;
