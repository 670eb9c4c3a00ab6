'use strict';

const build = require('@microsoft/sp-build-web');
const { writeTeamsPackage } = require('./scripts/teams-app');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// The suite ships its own Teams app (one app, a personal tab per released part, one channel tab);
// regenerate it on every build so package-solution always copies a current teams/TeamsSPFxApp.zip.
const teamsApp = build.subTask('teams-app', function (gulp, buildOptions, done) {
  writeTeamsPackage(__dirname).then(() => done(), done);
});
build.rig.addPreBuildTask(teamsApp);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
