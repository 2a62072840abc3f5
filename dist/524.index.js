export const id = 524;
export const ids = [524];
export const modules = {

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findPullRequest: () => (/* binding */ findPullRequest)
/* harmony export */ });
async function findPullRequest(octokit, owner, repo, pending) {
    let pull;
    if (pending.number !== null) {
        pull = (await octokit.rest.pulls.get({ owner, repo, pull_number: pending.number })).data;
    }
    else if (pending.headLabel !== null) {
        const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: pending.headLabel, per_page: 100 });
        const list = data;
        pull = list.find((p) => p.head.sha === pending.headSha) ?? list[0];
    }
    if (!pull)
        return null;
    return {
        pr: {
            number: pull.number,
            labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
            fromFork: !!pull.head.repo && pull.head.repo.full_name !== pull.base.repo.full_name,
            commentable: pending.event === 'workflow_run',
        },
        base: { sha: pull.base.sha, ref: pull.base.ref },
    };
}


/***/ })

};
