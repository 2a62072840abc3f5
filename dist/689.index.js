export const id = 689;
export const ids = [689];
export const modules = {

/***/ 42689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ContentsApiReader: () => (/* binding */ ContentsApiReader)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91318);
/**
 * Reads the PR's base commit through the REST API (the default checkout is shallow and has no base
 * commit): globs are matched against the commit's tree, files read through the contents API.
 */



class ContentsApiReader {
    octokit;
    owner;
    repo;
    ref;
    candidates;
    label;
    cache = new Map();
    listing;
    constructor(octokit, owner, repo, ref, 
    /** Paths the head tree has; globs are matched against them. */
    candidates) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.ref = ref;
        this.candidates = candidates;
        this.label = `base commit ${ref.slice(0, 7)}`;
    }
    fetch(relPath) {
        let pending = this.cache.get(relPath);
        if (!pending) {
            pending = this.octokit.rest.repos
                .getContent({ owner: this.owner, repo: this.repo, path: relPath, ref: this.ref, mediaType: { format: 'raw' } })
                .then((res) => Buffer.from(res.data))
                .catch((e) => {
                if (e.status === 404)
                    return null;
                throw e;
            });
            this.cache.set(relPath, pending);
        }
        return pending;
    }
    /** Every file path of the base commit (one request), or null when the API cannot list it whole. */
    tree() {
        this.listing ??= this.octokit.rest.git
            .getTree({ owner: this.owner, repo: this.repo, tree_sha: this.ref, recursive: 'true' })
            .then(({ data }) => (data.truncated ? null : data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path)))
            .catch(() => null);
        return this.listing;
    }
    async expand(patterns) {
        const include = patterns.filter((p) => !p.startsWith('!'));
        const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
        const hit = (f, p) => f === p || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.matchesGlob(f, p);
        const literal = include.filter((p) => !/[*?{[]/.test(p));
        // Globs are matched against the base tree, so manifests removed or moved in the PR are found;
        // without a listing (huge repository), against the head's files.
        const globbing = literal.length < include.length;
        const files = (globbing ? await this.tree() : null) ?? this.candidates;
        const names = new Set([...literal, ...files.filter((f) => include.some((p) => hit(f, p)))]);
        const present = [];
        for (const n of [...names].filter((f) => !exclude.some((p) => hit(f, p))).sort()) {
            if ((await this.fetch(n)) !== null)
                present.push(n);
        }
        return present;
    }
    async readText(relPath, maxBytes) {
        const data = await this.fetch(relPath);
        if (data === null)
            return null;
        if (data.length > maxBytes) {
            throw (0,_inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .tooLargeError */ .SH)(relPath, data.length, maxBytes, this.label);
        }
        return data.toString('utf8').replace(/^\uFEFF/, '');
    }
    async openStream(relPath) {
        const data = await this.fetch(relPath);
        return data === null ? null : node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([data]);
    }
}


/***/ })

};
